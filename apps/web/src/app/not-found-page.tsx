import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { EmptyPageState } from "../components/page-states.tsx";

export function NotFoundPage() {
  return (
    <EmptyPageState
      title="This page does not exist"
      description={
        <>
          Check the address, or go to{" "}
          <Anchor component={Link} to="/assets" size="sm">
            Assets
          </Anchor>
          .
        </>
      }
    />
  );
}
