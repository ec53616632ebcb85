import { randomUUID } from 'node:crypto';
import type { User, UserRole } from '../storage/types';
import { FORLOEB_ROLES, type OidcSettings } from './OidcSettings';

/** The Forløb roles a broker's role claim names (a list, or a space/comma-separated string). */
export function toForloebRoles(value: unknown, settings: OidcSettings): UserRole[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const roles = raw.flatMap((item): UserRole[] => {
    if (typeof item !== 'string' || item === '') return [];
    const mapped = Object.hasOwn(settings.roleMap, item) ? settings.roleMap[item] : undefined;
    if (mapped) return [mapped];
    return (FORLOEB_ROLES as readonly string[]).includes(item) ? [item as UserRole] : [];
  });
  return [...new Set(roles)];
}

/**
 * The user a broker login becomes: found by subject (`issuer|sub`), else provisioned; roles, team, name and
 * municipality are refreshed from the claims each time. Returns undefined when the claims name no Forløb
 * role (the login is refused and no user is created).
 */
export function toOidcUser(
  claims: Record<string, unknown>,
  settings: OidcSettings,
  users: User[],
): User | undefined {
  const roles = toForloebRoles(claims[settings.roleClaim], settings);
  if (roles.length === 0 || typeof claims.sub !== 'string') return undefined;
  const subject = `${settings.issuer}|${claims.sub}`;
  const existing = users.find((u) => u.oidcSubject === subject);
  const text = (name: string | undefined) =>
    name !== undefined && typeof claims[name] === 'string' ? claims[name] : undefined;
  const team = text(settings.teamClaim) ?? existing?.team ?? '';
  const municipality = settings.municipalityClaim ? text(settings.municipalityClaim) : undefined;
  const name = text('name') ?? text('preferred_username') ?? claims.sub;
  const wanted = (text('preferred_username') ?? text('email') ?? claims.sub).toLowerCase();
  // A local account may already have the broker's username: the broker's user then gets a qualified one.
  const taken = users.some((u) => u.username === wanted && u.oidcSubject !== subject);
  const username = existing?.username ?? (taken ? `${wanted}@${new URL(settings.issuer).host}` : wanted);
  return {
    id: existing?.id ?? randomUUID(),
    username,
    name,
    roles,
    team,
    ...(municipality ? { municipality } : {}),
    passwordHash: existing?.passwordHash ?? '',
    oidcSubject: subject,
  };
}
