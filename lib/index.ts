export const VERSION_PROBE = 1;
