/** The issues part of the configuration (deadlines per level), injected where deadlines are set. */
export const ISSUES_CONFIG = Symbol('ISSUES_CONFIG');
