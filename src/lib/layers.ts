// Public path of the layers model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/layers/model.ts, and is re-exported here unchanged.
export * from '../calculators/layers/model.ts';
