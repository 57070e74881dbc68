// Vitest runs lib/ outside Next's bundler, where the real `server-only` package always throws.
export {};
