import type { JsonSchema } from '../../../runtime';
import { toValidatorModule } from '../../../server/validators/toValidatorModule';

// Stands in for the server on the benchmark page: generates a schema's validator module off the main thread,
// as the app's POST /api/form-validators does, so the page pays what the app pays (importing the module).
self.onmessage = (event: MessageEvent<{ id: number; schema: JsonSchema }>) => {
  self.postMessage({ id: event.data.id, code: toValidatorModule(event.data.schema) });
};
