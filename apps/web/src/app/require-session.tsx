import { Center } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState, LoadingState } from "../components/page-states.tsx";
import { useSessionQuery } from "../lib/session/me-query.ts";
import { SessionContext } from "../lib/session/use-session.ts";

/** Gate for everything behind sign-in: no session → the login page, remembering where the user was. */
export function RequireSession() {
  const session = useSessionQuery();
  const location = useLocation();

  if (session.isPending) {
    return (
      <Center h="100vh">
        <LoadingState label="Checking your session…" />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center h="100vh">
        <ErrorState
          title="Logstag is not answering"
          error={session.error}
          onRetry={() => session.refetch()}
        />
      </Center>
    );
  }
  if (session.data === null) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <SessionContext.Provider value={session.data}>
      <Outlet />
    </SessionContext.Provider>
  );
}
