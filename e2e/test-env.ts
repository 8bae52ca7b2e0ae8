/** The server the e2e suite starts, and the owner it is seeded with. */
export const E2E_PORT = 18080;
export const OWNER_EMAIL = "owner@example.test";
export const OWNER_PASSWORD = "E2e-Walking-Skeleton-7391!";
