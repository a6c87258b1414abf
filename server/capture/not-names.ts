/**
 * Folded words that follow "I'm", "this is", "soy" or "call me" without being a name, and answers that are
 * not names. A name cue followed by one of these is ignored.
 */
export const NOT_NAMES = new Set(
  (
    // English
    'a an the and or but so if to of in on at by for from with about as into over under up down out off back ' +
    'here there this that it its is are was be been am not no yes yeah yep yup ok okay okey sure fine good great ' +
    'nice cool awesome perfect thanks thank you please hi hello hey bye well just only also still really very ' +
    'too more less much many any some all both either neither what when where who why how which maybe ' +
    'looking interested trying wondering going gonna thinking calling asking shopping buying searching hoping ' +
    'planning ready sorry glad happy excited curious worried afraid concerned sure unsure available free busy ' +
    'new used old young single married divorced retired employed unemployed self self-employed working ' +
    'student veteran military disabled approved preapproved pre-approved done finished interested first second ' +
    'currently actually probably definitely kind sort pretty almost around like home open closed late early ' +
    'today tomorrow tonight now later soon asap anytime after before between again whenever ' +
    'morning afternoon evening night weekend monday tuesday ' +
    'wednesday thursday friday saturday sunday my me your his her our their we they he she i im you him them ' +
    'calling texting call text number phone cell email price payment credit cash finance financing trade lease ' +
    'truck car suv van sedan vehicle one two three help question info information fast quick ' +
    'anyone someone nobody everyone anybody somebody everybody noone ' +
    'correct right wrong true false nope nah thx ty lol haha hmm um uh idk ' +
    'tired broke confused desperate upside underwater behind pregnant stuck scared nervous frustrated poor due ' +
    'close near nearby local outside inside leaving bad alright able unable eligible qualified paid legal ' +
    'undocumented pending positive certain serious hispanic mexican cuban american colombian venezuelan ' +
    'dominican puerto rican ' +
    // Spanish
    'el la los las un una unos unas de del al y o pero que con sin por para en es son soy estoy esta este ' +
    'eso esa si no gracias hola buenas buenos dias tardes noches adios bien mal muy mas menos ya aqui alla ' +
    'nuevo nueva nuevos cliente clientes casado casada soltero soltera divorciado divorciada jubilado jubilada ' +
    'estudiante trabajador trabajadora veterano militar dueno duena residente ciudadano ciudadana americano ' +
    'americana latino latina hispano hispana mexicano mexicana cubano cubana colombiano colombiana venezolano ' +
    'venezolana dominicano dominicana puertorriqueno puertorriquena salvadoreno salvadorena hondureno ' +
    'hondurena guatemalteco guatemalteca nicaraguense peruano peruana ecuatoriano ecuatoriana boricua ' +
    'independiente mecanico madre padre mama papa hijo hija esposo esposa primera primero yo tu usted ustedes ' +
    'claro vale bueno listo quien como cuando donde porque interesado interesada buscando mirando ' +
    'pregunta ayuda carro troca camioneta numero telefono correo credito ahorita manana hoy tarde temprano ' +
    'mujer hombre persona mayor menor legal contratista camionero chofer'
  ).split(' '),
);
