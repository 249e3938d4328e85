// Public path of the digest model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/digest/model.ts, and is re-exported here unchanged.
export * from '../calculators/digest/model.ts';
