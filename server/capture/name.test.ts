import { describe, expect, it } from 'vitest';
import { extractName, nameFromBareAnswer } from './name.js';

describe('extractName', () => {
  it.each([
    ['my name is Maria Lopez', { firstName: 'Maria', lastName: 'Lopez' }],
    ["Hi, my name's maria and I need an SUV", { firstName: 'Maria' }],
    ["I'm John", { firstName: 'John' }],
    ['hi im john smith, looking for a truck', { firstName: 'John', lastName: 'Smith' }],
    ['I am Kevin', { firstName: 'Kevin' }],
    ['this is Ana', { firstName: 'Ana' }],
    ['Hi, this is ana from Miami', { firstName: 'Ana' }],
    ['call me Mike', { firstName: 'Mike' }],
    ['you can call me Mike please', { firstName: 'Mike' }],
    ['me llamo José', { firstName: 'José' }],
    ['Me llamo José de la Cruz', { firstName: 'José', lastName: 'de la Cruz' }],
    ['soy Carmen', { firstName: 'Carmen' }],
    ['Hola, soy Carmen y busco una troca', { firstName: 'Carmen' }],
    ['mi nombre es Luis Pérez', { firstName: 'Luis', lastName: 'Pérez' }],
    ['mi nombre es maria lopez garcia', { firstName: 'Maria', lastName: 'Lopez Garcia' }],
    ["MY NAME IS SEAN O'BRIEN", { firstName: 'Sean', lastName: "O'Brien" }],
    ['my name is mary-jane', { firstName: 'Mary-Jane' }],
    ['my name is DeShawn', { firstName: 'DeShawn' }],
    ['my name is Sterling', { firstName: 'Sterling' }],
    ['my last name is lopez', { lastName: 'Lopez' }],
    ['mi apellido es Gómez', { lastName: 'Gómez' }],
    ['Priya btw, need something with 3 rows', { firstName: 'Priya' }],
    ['hey, Dan here. looking for a tacoma', { firstName: 'Dan' }],
    ['hola, Rosa aqui, busco una sienna', { firstName: 'Rosa' }],
    ['SSG Ortiz, first name Luis', { firstName: 'Luis' }],
  ])('finds the name in %j', (text, name) => {
    expect(extractName(text)).toEqual(name);
  });

  it.each([
    ["I'm looking for a truck"],
    ["I'm not sure"],
    ["I'm interested"],
    ["I'm interested in the Tacoma"],
    ['soy de Miami'],
    ["I'm 25"],
    ['this is great'],
    ['This is my first car'],
    ['call me tomorrow'],
    ['call me at 305-555-1234'],
    ['call me back please'],
    ["I'm self-employed"],
    ["I'm working until 5"],
    ['soy casado'],
    ['soy cliente de ustedes'],
    ['soy nuevo en esto'],
    ['soy mexicano'],
    ["I'm a first time buyer"],
    ['I am just browsing'],
    ['my name is not important'],
    ["I'm tired of my old car"],
    ["I'm behind on my payments"],
    ["I'm pregnant and need a minivan"],
    ['soy mujer trabajadora'],
    ['what is the price of this one'],
    ['I like this one, is it available?'],
    ['anyone here'],
    ['nobody here picks up the phone'],
    ['Thanks btw'],
    ['Ford here?'],
  ])('finds no name in %j', (text) => {
    expect(extractName(text)).toBeUndefined();
  });

  it('prefers an explicit "my name is" over a loose "I\'m"', () => {
    expect(extractName("I'm Mom, my name is Laura")).toEqual({ firstName: 'Laura' });
  });
});

describe('nameFromBareAnswer', () => {
  it.each([
    ['Maria', { firstName: 'Maria' }],
    ['maria lopez', { firstName: 'Maria', lastName: 'Lopez' }],
    ["it's Maria", { firstName: 'Maria' }],
    ['Its maria.', { firstName: 'Maria' }],
    ['Maria Lopez Garcia', { firstName: 'Maria', lastName: 'Lopez Garcia' }],
    ['José de León', { firstName: 'José', lastName: 'de León' }],
    ['soy Carmen', { firstName: 'Carmen' }],
    ['Maria Lopez, 305-555-1234', { firstName: 'Maria', lastName: 'Lopez' }],
    ['John, thanks', { firstName: 'John' }],
    ['Mike here', { firstName: 'Mike' }],
    ['Sierra', { firstName: 'Sierra' }],
  ])('reads %j as a name', (text, name) => {
    expect(nameFromBareAnswer(text)).toEqual(name);
  });

  it.each([
    ['yes'],
    ['no'],
    ['ok'],
    ['thanks'],
    ['hola'],
    ['hi'],
    ['why?'],
    ['Maria?'],
    ['not right now'],
    ['I would rather not say'],
    ['just browsing'],
    ['Honda Civic'],
    ['Tacoma'],
    ['3055551234'],
    [''],
    ['a b'],
  ])('does not read %j as a name', (text) => {
    expect(nameFromBareAnswer(text)).toBeUndefined();
  });
});
