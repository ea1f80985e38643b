// Personal-data rules (issue 4). One file per rule; list each here.
import type { Rule } from '../../engine/rule';
import { address } from './address';
import { bankAccount } from './bankAccount';
import { cardNumber } from './cardNumber';
import { driversLicense } from './driversLicense';
import { email } from './email';
import { myNumber } from './myNumber';
import { passport } from './passport';
import { idNumber } from './idNumber';
import { person } from './person';
import { phone } from './phone';
import { photo } from './photo';
import { photoMetadata } from './photoMetadata';
import { postalCode } from './postalCode';

export const piiRules: Rule[] = [person, phone, email, postalCode, address, myNumber, passport, driversLicense, bankAccount, cardNumber, idNumber, photo, photoMetadata];

export { isAllowed, normalizeAllowValue, compileAllowPattern } from './allowlist';
