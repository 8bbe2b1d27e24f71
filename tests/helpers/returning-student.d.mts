export const PREFERENCES_KEY: string;
export const RETURNING_STUDENT_SCRIPT: string;
