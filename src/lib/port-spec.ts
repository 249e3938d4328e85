// Public path of the port-spec model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/port-spec/model.ts, and is re-exported here unchanged.
export * from '../calculators/port-spec/model.ts';
