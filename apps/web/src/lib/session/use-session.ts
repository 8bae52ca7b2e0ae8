import type { SessionInfo } from "@logstag/api-contract";
import { createContext, useContext } from "react";

export const SessionContext = createContext<SessionInfo | null>(null);

/** The session of the signed-in operator; only valid below the app's session guard. */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (session === null) throw new Error("useSession is used outside the signed-in app");
  return session;
}
