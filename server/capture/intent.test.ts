import { describe, expect, it } from 'vitest';
import { isAffirmative, isNegative, isOptOut } from './intent.js';

describe('isOptOut', () => {
  it.each([
    ['stop'],
    ['STOP'],
    ['Stop.'],
    ['stop please'],
    ['STOP!!!'],
    ['unsubscribe'],
    ['please unsubscribe me from these texts'],
    ['stop calling me'],
    ['Stop texting me, I already bought a car'],
    ["don't call me"],
    ['dont call me again'],
    ['Don’t contact me'],
    ['do not call'],
    ['put me on your do not call list'],
    ['do not contact me'],
    ['remove my number'],
    ['please remove me from your list'],
    ['take me off your list'],
    ['no me llamen'],
    ['No me llames más'],
    ['no llamar'],
    ['dejen de llamar'],
    ['deja de llamarme por favor'],
    ['no quiero que me llamen'],
    ['no me contacten'],
    ['borren mi número'],
    ['alto'],
    ['ALTO'],
  ])('honours %j', (text) => {
    expect(isOptOut(text)).toBe(true);
  });

  it.each([
    ['I want to stop by the dealership'],
    ['what time do you stop answering'],
    ['bus stop'],
    ['can I stop by tomorrow?'],
    ['alto el precio?'],
    ['el precio es muy alto'],
    ["don't call me before 5"],
    ["don't call me at work, text is fine"],
    ['no me llames antes de las 5'],
    ['no me llamen hoy, mañana sí'],
    ["why don't you call me tomorrow"],
    ['call me'],
    ['I stopped at the light'],
    ['yes you can call me'],
  ])('does not treat %j as an opt-out', (text) => {
    expect(isOptOut(text)).toBe(false);
  });
});

describe('isAffirmative', () => {
  it.each([
    ['yes'],
    ['Yes!'],
    ['yeah'],
    ['yep'],
    ['sure'],
    ['ok'],
    ['Okay 👍'],
    ['sounds good'],
    ["that's fine"],
    ['go ahead'],
    ['correct'],
    ["that's right"],
    ['sí'],
    ['si'],
    ['Sí, claro'],
    ['si por favor'],
    ['claro'],
    ['está bien'],
    ['dale'],
    ['de acuerdo'],
    ['Yes, call me after 5'],
    ['sure, my number is 305 555 1234'],
    ['no problem'],
    ['um yeah'],
  ])('reads %j as a yes', (text) => {
    expect(isAffirmative(text)).toBe(true);
  });

  it.each([
    ['no'],
    ['I am not sure yet'],
    ['si me aprueban, lo compro'],
    ['right now I am just looking'],
    ['yesterday I saw a truck'],
    ['okra'],
    ['is it ok to come by later?'],
    ['what do you mean'],
  ])('does not read %j as a yes', (text) => {
    expect(isAffirmative(text)).toBe(false);
  });
});

describe('isNegative', () => {
  it.each([
    ['no'],
    ['No.'],
    ['nope'],
    ['nah'],
    ['no thanks'],
    ['No thank you'],
    ['not now'],
    ['not yet'],
    ["I'd rather not"],
    ['prefiero no'],
    ['no gracias'],
    ['todavía no'],
    ['No, I will call you'],
    ['no, thanks'],
    ['no por ahora'],
  ])('reads %j as a no', (text) => {
    expect(isNegative(text)).toBe(true);
  });

  it.each([
    ['no credit, first time buyer'],
    ['no trade'],
    ['no problem'],
    ['no me llamen'],
    ['I have no idea what my score is'],
    ['is there no way to get approved?'],
    ['noted'],
    ['yes'],
  ])('does not read %j as a no', (text) => {
    expect(isNegative(text)).toBe(false);
  });
});
