import type { Finding } from "@logstag/api-contract";
import { Button, Tooltip } from "@mantine/core";
import { useState } from "react";
import { describeError } from "../../lib/api-error.ts";
import { canAccess } from "../../lib/session/access.ts";
import { useSession } from "../../lib/session/use-session.ts";
import { MuteModal } from "./mute-modal.tsx";
import { useUnmuteFindingMutation } from "./unmute-finding-mutation.ts";

/** Mute or unmute for Members and above; a disabled button that says why for everyone else. */
export function FindingMuteAction({ finding, targetId }: { finding: Finding; targetId: string }) {
  const { capabilities } = useSession();
  const [muting, setMuting] = useState(false);
  const unmute = useUnmuteFindingMutation();
  if (!canAccess(capabilities, "reports.manage")) {
    return (
      <Tooltip
        label="Muting needs the Member role or above; your role can read reports only."
        withArrow
      >
        <Button size="compact-xs" variant="default" disabled data-testid="mute-not-allowed">
          {finding.muted ? "Unmute" : "Mute"}
        </Button>
      </Tooltip>
    );
  }
  if (finding.muted) {
    const muteId = finding.muted.id;
    return (
      <Tooltip
        label={`Not unmuted: ${describeError(unmute.error)}`}
        color="red"
        disabled={!unmute.isError}
        withArrow
      >
        <Button
          size="compact-xs"
          variant="default"
          loading={unmute.isPending}
          onClick={() => unmute.mutate(muteId)}
          data-testid="unmute-finding"
        >
          Unmute
        </Button>
      </Tooltip>
    );
  }
  return (
    <>
      <Button
        size="compact-xs"
        variant="default"
        onClick={() => setMuting(true)}
        data-testid="mute-finding"
      >
        Mute…
      </Button>
      <MuteModal
        opened={muting}
        finding={finding}
        targetId={targetId}
        onClose={() => setMuting(false)}
      />
    </>
  );
}
