// What the kiosk read from clinic.json, for the clinic card and the setup view.
import { create } from 'zustand';
import type { ClinicRead } from './clinic-config';

export const useClinic = create<ClinicRead>()(() => ({
  found: false,
  config: {},
  problems: [],
  raw: null,
}));
