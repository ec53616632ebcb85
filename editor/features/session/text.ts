// The login page's own strings for logging in through the municipality's identity broker and lock-out.

export interface SessionText {
  /** The button that sends the worker to the municipality's identity broker. */
  brokerLogin: (broker: string) => string;
  /** Between the broker button and the username/password form. */
  or: string;
  /** Shown when the broker login was refused or failed (the app opens with `?login=oidc-failed`). */
  brokerFailed: string;
  /** Shown on 429: too many failed attempts, or too many from this device. */
  locked: string;
}

export const texts: { da: SessionText; en: SessionText } = {
  da: {
    brokerLogin: (broker) => `Log ind med ${broker}`,
    or: 'Eller log ind med brugernavn og adgangskode',
    brokerFailed:
      'Du blev ikke logget ind gennem kommunens login. Måske har du ingen rolle i Forløb endnu – kontakt din administrator.',
    locked: 'For mange mislykkede forsøg på at logge ind. Vent 15 minutter, og prøv igen.',
  },
  en: {
    brokerLogin: (broker) => `Log in with ${broker}`,
    or: 'Or log in with username and password',
    brokerFailed:
      "You were not logged in through the municipality's login. Perhaps you have no role in Forløb yet – contact your administrator.",
    locked: 'Too many failed login attempts. Wait 15 minutes and try again.',
  },
};
