// NLP.js ships no types; the bench only calls the documented API it casts to.
declare module '@nlpjs/core';
declare module '@nlpjs/nlp';
declare module '@nlpjs/lang-en';
declare module '@nlpjs/lang-es';
