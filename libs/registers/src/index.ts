export { fieldsReturned, LookupReason, RegisterConnector, UndeliverableReport } from './register-connector';
