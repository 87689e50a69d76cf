/**
 * The stack reads the resource declarations shared with the runtime from resources/; runtime code
 * imports them from there, never from lib/.
 */
export * from '../resources/desk-resources.ts';
