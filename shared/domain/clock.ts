/** Every rule reads "now" through this, so tests can stand on any date. */
export interface Clock {
  now(): Date;
}
