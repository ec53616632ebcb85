import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { toHref } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { navigate } from '../../app/useRoute';
import { formatDateTime } from '../../i18n/formatDate';
import { useLanguage } from '../../i18n/LanguageContext';
import { FamilyTable } from './FamilyTable';

/** The worker's families: search by name or date, open one, or register a new family. */
export function FamiliesPage({ query }: { query: string }) {
  const { t, language } = useLanguage();
  const [search, setSearch] = useState(query);
  const families = useResource(`families?${query}`, () => api.listFamilies(query || undefined));

  const handleSearch = (event: FormEvent) => {
    event.preventDefault();
    navigate({ name: 'families', q: search.trim() });
  };

  return (
    <Page title={t.families.title}>
      <p>
        <a className="button button-primary" href={toHref({ name: 'newFamily' })}>
          {t.families.create}
        </a>
      </p>
      <div role="search">
        <form className="search-form" onSubmit={handleSearch}>
          <div className="form-group">
            <label className="form-label" htmlFor="family-search">
              {t.families.searchLabel}
            </label>
            <p className="form-hint" id="family-search-hint">
              {t.families.searchHint}
            </p>
            <div className="search-row">
              <input
                id="family-search"
                type="search"
                className="form-input"
                value={search}
                aria-describedby="family-search-hint"
                onChange={(event) => setSearch(event.target.value)}
              />
              <button type="submit" className="button button-secondary">
                {t.families.search}
              </button>
            </div>
          </div>
        </form>
      </div>
      {families.status === 'loading' ? <Loading /> : null}
      {families.status === 'error' ? <LoadFailure error={families.error} onRetry={families.reload} /> : null}
      {families.status === 'ready' ? (
        families.data.length === 0 ? (
          <p>{t.families.none}</p>
        ) : (
          <FamilyTable
            families={families.data}
            caption={t.families.count(families.data.length)}
            className="families-table"
            headings={{ name: t.families.name, members: t.families.members, last: t.families.created }}
            last={(family) => formatDateTime(family.createdAt, language)}
          />
        )
      ) : null}
    </Page>
  );
}
