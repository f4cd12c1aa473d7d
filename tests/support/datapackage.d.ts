/** The part of the `datapackage` npm package (Frictionless JS, no types of its own) the tests use. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly descriptor: Record<string, unknown>;
    readonly resources: readonly Resource[];
  }
}
