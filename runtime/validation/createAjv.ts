import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * The one ajv configuration for data and definitions. `$data` stays off and no `loadSchema` is given,
 * so staff-edited schemas can neither reference other data nor fetch remote `$ref`s. `source` keeps the
 * generated code, for validator modules the browser loads instead of compiling (server/validators).
 */
export function createAjv(options: { source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    $data: false,
    validateFormats: true,
    messages: false,
    discriminator: false,
    ...(options.source ? { code: { source: true, lines: false } } : {}),
  });
  addFormats(ajv, ['date', 'date-time', 'time', 'email', 'uri', 'uuid']);
  return ajv;
}
