/** Longest text Herald accepts (6 GSM fragments of 153), counted without the service-name prefix. */
export const SMS_CHARACTER_LIMIT = 918;
