// Public path of the cgroups model (DESIGN.md): the model lives in its calculator's folder,
// src/calculators/cgroups/model.ts, and is re-exported here unchanged.
export * from '../calculators/cgroups/model.ts';
