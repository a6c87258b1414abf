import { describe, expect, it } from 'vitest';
import type { VehicleInterest } from './facts.js';
import { findVehicle } from './vehicle.js';

const now = new Date('2025-06-01T12:00:00Z');
const vehicleIn = (text: string) => findVehicle(text, now).vehicle;

describe('findVehicle', () => {
  it.each<[string, VehicleInterest]>([
    ['looking for a 2019 Honda CR-V', { text: '2019 Honda CR-V', year: 2019, make: 'Honda', model: 'CR-V' }],
    ['a used SUV, maybe a 2019 Honda CR-V', { text: '2019 Honda CR-V', year: 2019, make: 'Honda', model: 'CR-V' }],
    ['do you have a civic?', { text: 'civic', make: 'Honda', model: 'Civic' }],
    ['any F150s?', { text: 'F150s', make: 'Ford', model: 'F-150' }],
    ['rav 4 hybrid', { text: 'rav 4 hybrid', make: 'Toyota', model: 'RAV4', bodyType: 'hybrid' }],
    ['I want a 2020 Grand Cherokee', { text: '2020 Grand Cherokee', year: 2020, make: 'Jeep', model: 'Grand Cherokee' }],
    ['a Ram 1500', { text: 'Ram 1500', make: 'Ram', model: '1500' }],
    ['Tesla Model 3', { text: 'Tesla Model 3', make: 'Tesla', model: 'Model 3' }],
    ['chevy truck', { text: 'chevy truck', make: 'Chevrolet', bodyType: 'truck' }],
    ['VW Jetta', { text: 'VW Jetta', make: 'Volkswagen', model: 'Jetta' }],
    ['Do you have the Explorer in stock?', { text: 'Explorer', make: 'Ford', model: 'Explorer' }],
    ['Any Tucson in stock?', { text: 'Tucson', make: 'Hyundai', model: 'Tucson' }],
    ['can someone call me about a used tahoe', { text: 'tahoe', make: 'Chevrolet', model: 'Tahoe' }],
    ['maybe a pre-owned leaf, something electric', { text: 'leaf', make: 'Nissan', model: 'Leaf' }],
    ['busco una journey usada o seminueva', { text: 'journey', make: 'Dodge', model: 'Journey' }],
    ['Hyundai santa fe 2021', { text: 'Hyundai santa fe 2021', make: 'Hyundai', model: 'Santa Fe', year: 2021 }],
    ['a 2018 escape', { text: '2018 escape', year: 2018, make: 'Ford', model: 'Escape' }],
    ['Kia Soul', { text: 'Kia Soul', make: 'Kia', model: 'Soul' }],
    ['a Silverado or a Tacoma', { text: 'Silverado or a Tacoma', make: 'Chevrolet', model: 'Silverado' }],
    ['busco una troca', { text: 'troca', bodyType: 'truck' }],
    ['una camioneta 2018 o más nueva', { text: 'camioneta 2018', bodyType: 'SUV', year: 2018 }],
    ['quiero un carro', { text: 'carro', bodyType: 'car' }],
    ['un sedán automático', { text: 'sedán', bodyType: 'sedan' }],
    ['a mini van for the kids', { text: 'mini van', bodyType: 'minivan' }],
    ['something like a Sienna or Odyssey', { text: 'Sienna or Odyssey', make: 'Toyota', model: 'Sienna' }],
    ['I want an EV', { text: 'EV', bodyType: 'electric' }],
    ['a convertible!', { text: 'convertible', bodyType: 'convertible' }],
    ['modelo 2018', { text: '2018', year: 2018 }],
    ['a 2026 Camry', { text: '2026 Camry', year: 2026, make: 'Toyota', model: 'Camry' }],
  ])('reads %j', (text, vehicle) => {
    expect(vehicleIn(text)).toEqual(vehicle);
  });

  it.each([
    ['I need to escape my lease'],
    ['I live in Tucson'],
    ['the soul of the city'],
    ['my car payment is 400'],
    ['since 2019 I work at Publix'],
    ['my phone charger broke'],
    ['we went to Colorado in 2021'],
    ['the red one'],
    ['trying to turn over a new leaf with my credit'],
    ['we drove up to lake tahoe'],
  ])('finds no vehicle in %j', (text) => {
    expect(vehicleIn(text)).toBeUndefined();
  });

  it('keeps the make for a Lexus mentioned beside the Spanish word "es"', () => {
    expect(vehicleIn('tengo un Lexus, es muy bonito')).toEqual({ text: 'Lexus', make: 'Lexus' });
  });

  it('needs the make right before a two-letter model', () => {
    expect(vehicleIn('ES, or maybe a Lexus RX')).toEqual({ text: 'Lexus RX', make: 'Lexus', model: 'RX' });
  });

  it('ignores a model year outside 1990 to next year', () => {
    expect(vehicleIn('a 2027 Camry')).toEqual({ text: 'Camry', make: 'Toyota', model: 'Camry' });
    expect(vehicleIn('a 1985 Camry')).toEqual({ text: 'Camry', make: 'Toyota', model: 'Camry' });
  });

  it('ignores a mileage figure next to the vehicle', () => {
    expect(vehicleIn('2019 Honda CR-V with 60,000 miles')?.text).toBe('2019 Honda CR-V');
  });
});

describe('findVehicle condition', () => {
  it.each([
    ['looking for a used Camry', 'used'],
    ['pre-owned please', 'used'],
    ['certified pre-owned SUV', 'used'],
    ['used', 'used'],
    ['una troca usada', 'used'],
    ['algo seminuevo', 'used'],
    ['a brand new truck', 'new'],
    ['new', 'new'],
    ['a new Honda', 'new'],
    ['quiero un carro nuevo', 'new'],
    ['nueva', 'new'],
  ])('reads %j as %s', (text, condition) => {
    expect(findVehicle(text, now).condition).toBe(condition);
  });

  it.each([
    ['new or used?'],
    ['nuevo o usado, no importa'],
    ["I'm new to this"],
    ['soy nuevo aquí'],
    ['de nuevo, gracias'],
    ['I used to have a Camry'],
    ["what's new with the Camry?"],
  ])('leaves the condition open for %j', (text) => {
    expect(findVehicle(text, now).condition).toBeUndefined();
  });
});
