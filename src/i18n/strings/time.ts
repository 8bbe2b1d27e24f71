import { defineStrings } from '../localize';

export const TIME_STRINGS = defineStrings({
  secondsShort: { en: 's', es: 's' },
  minutesShort: { en: 'min', es: 'min' },
  hoursShort: { en: 'h', es: 'h' },
  daysShort: { en: 'days', es: 'días' },
  afterStart: { en: '{time} after start', es: '{time} desde el inicio' },
  perSecond: { en: '1 s = {time}', es: '1 s = {time}' },
  paused: { en: 'paused', es: 'en pausa' },
});
