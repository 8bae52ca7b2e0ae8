import { AGENT_API } from "@logstag/protocol";
import { makePayload } from "../../src/testing/payload-factory.ts";
import { postAgent } from "../agent-api.ts";

/** Posts the idle-in-transaction gauge every 500 ms, like an agent would; `value` can change. */
export function startIngestLoop(
  url: () => string,
  key: string,
  ids: { agentId: string; targetId: string },
) {
  const state = { value: 0, stopped: false };
  const tick = async () => {
    if (state.stopped) return;
    await postAgent(
      url(),
      AGENT_API.ingest,
      {
        payloads: [
          makePayload(ids, {
            data: {
              metrics: [
                { name: "postgres.activity.longest_idle_in_transaction", value: state.value },
                { name: "postgres.activity.idle_in_transaction", value: state.value > 0 ? 1 : 0 },
              ],
            },
          }),
        ],
      },
      { key },
    ).catch(() => {});
    setTimeout(tick, 500);
  };
  void tick();
  return state;
}
