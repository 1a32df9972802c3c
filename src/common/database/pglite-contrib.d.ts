// PGlite publishes its contrib extensions only through package "exports", which this project's
// CommonJS module resolution does not read for types; Node resolves them at run time.
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  export const pg_trgm: import('@electric-sql/pglite').Extension;
}
declare module '@electric-sql/pglite/contrib/cube' {
  export const cube: import('@electric-sql/pglite').Extension;
}
declare module '@electric-sql/pglite/contrib/earthdistance' {
  export const earthdistance: import('@electric-sql/pglite').Extension;
}
