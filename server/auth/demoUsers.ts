import type { UserRole } from '../storage/types';

/**
 * Demo users, seeded on first start of an empty store (unless SEED_DEMO_USERS=false). Their passwords are
 * documented in the README: for trying the product, never for real family data.
 */
/** The demo team: a health-visitor team in Ishøj. */
export const DEMO_TEAM = 'sundhedsplejen-ishoej';

export const demoUsers: { username: string; name: string; roles: UserRole[]; password: string }[] = [
  {
    username: 'sundhedsplejerske',
    name: 'Hanne Sundhedsplejerske',
    roles: ['sundhedsplejerske'],
    password: 'demo-sundhedsplejerske',
  },
  {
    username: 'ressourcepaedagog',
    name: 'Pia Ressourcepædagog',
    roles: ['ressourcepaedagog'],
    password: 'demo-ressourcepaedagog',
  },
  {
    username: 'familiebehandler',
    name: 'Frederik Familiebehandler',
    roles: ['familiebehandler'],
    password: 'demo-familiebehandler',
  },
  {
    username: 'ledende',
    name: 'Lene Ledende Sundhedsplejerske',
    roles: ['ledende_sundhedsplejerske'],
    password: 'demo-ledende',
  },
  { username: 'redaktoer', name: 'Rikke Redaktør', roles: ['redaktoer'], password: 'demo-redaktoer' },
  {
    username: 'administrator',
    name: 'Anders Administrator',
    roles: ['administrator'],
    password: 'demo-administrator',
  },
  { username: 'revisor', name: 'Rasmus Revisor', roles: ['revisor'], password: 'demo-revisor' },
];
