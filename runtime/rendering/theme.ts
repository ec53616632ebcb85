import type { FormProps } from '@rjsf/core';
import type { RegistryFieldsType, RegistryWidgetsType, RJSFSchema } from '@rjsf/utils';
import { InfoTextField } from './fields/InfoTextField';
import { SchemaField } from './fields/SchemaField';
import type { FormData, FormViewContext } from './FormViewContext';
import { ArrayFieldItemTemplate } from './templates/ArrayFieldItemTemplate';
import { ArrayFieldTemplate } from './templates/ArrayFieldTemplate';
import { ArrayFieldItemButtonsTemplate, buttonTemplates } from './templates/buttonTemplates';
import { ErrorSummary } from './templates/ErrorSummary';
import { FieldTemplate } from './templates/FieldTemplate';
import { ObjectFieldTemplate } from './templates/ObjectFieldTemplate';
import {
  DescriptionFieldTemplate,
  FieldErrorTemplate,
  FieldHelpTemplate,
  TitleFieldTemplate,
} from './templates/textTemplates';
import { BaseInputTemplate } from './widgets/BaseInputTemplate';
import { CheckboxesWidget } from './widgets/CheckboxesWidget';
import { CheckboxWidget } from './widgets/CheckboxWidget';
import { RadioWidget } from './widgets/RadioWidget';
import { SelectWidget } from './widgets/SelectWidget';
import { TextareaWidget } from './widgets/TextareaWidget';

/** Forløb's rjsf theme: DKFDS markup, labels and hints tied to inputs, errors in words. */
export const templates: FormProps<FormData, RJSFSchema, FormViewContext>['templates'] = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  ArrayFieldItemButtonsTemplate,
  ErrorListTemplate: ErrorSummary,
  FieldErrorTemplate,
  FieldHelpTemplate,
  DescriptionFieldTemplate,
  TitleFieldTemplate,
  BaseInputTemplate,
  ButtonTemplates: buttonTemplates,
};

export const widgets: RegistryWidgetsType<FormData, RJSFSchema, FormViewContext> = {
  RadioWidget,
  CheckboxesWidget,
  CheckboxWidget,
  SelectWidget,
  TextareaWidget,
};

/**
 * Custom fields, named by `ui:field` in a form's uiSchema (the form builder's information text), and rjsf's
 * SchemaField with a check that spares unchanged fields (fields/SchemaField.tsx).
 */
export const fields: RegistryFieldsType<FormData, RJSFSchema, FormViewContext> = {
  infoText: InfoTextField,
  SchemaField,
};
