import { request } from '../../api/client';

/** How one can log in here (GET /api/session/options, public). */
export interface LoginOptions {
  /** The municipality's identity broker, when configured; its login starts with a full page load. */
  oidc: { name: string; loginUrl: string } | null;
}

export function getLoginOptions(): Promise<LoginOptions> {
  return request<LoginOptions>('GET', '/api/session/options');
}
