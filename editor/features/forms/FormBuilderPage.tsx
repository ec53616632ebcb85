import { useCallback, useMemo, useState } from 'react';
import { toText, type FormDefinition } from '../../../runtime';
import { LoadFailure, Loading } from '../../app/LoadFailure';
import { Page } from '../../app/Page';
import { useLanguage } from '../../i18n/LanguageContext';
import { useFeatureText } from '../../i18n/useFeatureText';
import { useDefinitionDraft } from '../editing/useDefinitionDraft';
import { BuilderToolbar, type BuilderView } from './builder/BuilderToolbar';
import { BuilderWorkspace } from './builder/BuilderWorkspace';
import { ComputedPanel } from './builder/ComputedPanel';
import { ConflictNotice } from './builder/ConflictNotice';
import { FormPreview } from './builder/FormPreview';
import { FormSettings } from './builder/FormSettings';
import { ImportPanel } from './builder/ImportPanel';
import { JsonView } from './builder/JsonView';
import { PropertyPanel } from './builder/PropertyPanel';
import { createEmptyForm } from './createEmptyForm';
import { flattenFields, toFieldTree } from './model/toFieldTree';
import { formsTexts } from './text';
import './builder/builder.css';

/**
 * The visual form builder at `#/forms/:formId/edit`. The document lives in the draft hook (undo/redo,
 * autosave, conflicts); this page only arranges toolbar, palette, canvas, properties, preview and JSON view.
 */
export function FormBuilderPage({ formId }: { formId: string }) {
  const text = useFeatureText(formsTexts);
  const { language } = useLanguage();
  const create = useCallback(
    () => createEmptyForm(formId, sessionStorage.getItem(`forloeb:new-form:${formId}`) ?? ''),
    [formId],
  );
  const draft = useDefinitionDraft<FormDefinition>('form', formId, { create });
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<BuilderView>('visual');
  const [advanced, setAdvanced] = useState(false);
  const [importOpen, setImportOpen] = useState(false);

  const doc = draft.doc;
  const tree = useMemo(() => (doc ? toFieldTree(doc) : []), [doc]);
  const entry = useMemo(() => flattenFields(tree).find((field) => field.path === selected), [tree, selected]);
  const back = (
    <p>
      <a href="#/forms">{text.backToLibrary}</a>
    </p>
  );

  if (draft.state === 'loading') return <Loading />;
  if (draft.state === 'error') return <LoadFailure error={draft.loadError} />;
  if (draft.state === 'missing' || !doc)
    return (
      <Page title={text.missing} before={back}>
        <p>{text.missing}</p>
      </Page>
    );

  return (
    <Page title={text.builderTitle(toText(doc.title, language))} before={back}>
      <BuilderToolbar
        draft={draft}
        view={view}
        onView={setView}
        advanced={advanced}
        onAdvanced={setAdvanced}
        importOpen={importOpen}
        onImport={() => setImportOpen(!importOpen)}
      />
      {draft.conflict ? <ConflictNotice conflict={draft.conflict} onResolve={draft.resolveConflict} /> : null}
      {importOpen ? (
        <ImportPanel run={draft.run} advanced={advanced} onClose={() => setImportOpen(false)} />
      ) : null}
      {view === 'json' ? (
        <JsonView doc={doc} run={draft.run} />
      ) : (
        <>
          <BuilderWorkspace
            doc={doc}
            tree={tree}
            selected={entry ? selected : null}
            onSelect={setSelected}
            run={draft.run}
            advanced={advanced}
          >
            <div className="builder-side">
              {entry ? (
                <PropertyPanel
                  doc={doc}
                  tree={tree}
                  entry={entry}
                  advanced={advanced}
                  run={draft.run}
                  onSelect={setSelected}
                />
              ) : (
                <FormSettings doc={doc} run={draft.run} />
              )}
            </div>
          </BuilderWorkspace>
          <ComputedPanel doc={doc} tree={tree} run={draft.run} />
          <FormPreview doc={doc} />
        </>
      )}
    </Page>
  );
}
