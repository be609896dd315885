// Library code reads process.env.NODE_ENV so that bundlers strip development-only checks.
declare const process: { env: { NODE_ENV?: string } }
