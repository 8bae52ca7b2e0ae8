import { AppShell, Badge, Box, Burger, Button, Group, ScrollArea, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Suspense } from "react";
import { Outlet, useNavigate } from "react-router";
import { LoadingState } from "../components/page-states.tsx";
import { PAGE_BACKGROUND, themedText } from "../components/theme-colors.ts";
import { ROLE_LABELS } from "../lib/session/access.ts";
import { useLogoutMutation } from "../lib/session/logout-mutation.ts";
import { useSession } from "../lib/session/use-session.ts";
import { AccountMenu } from "./account-menu.tsx";
import { ColorSchemeToggle } from "./color-scheme-toggle.tsx";
import { OrganizationSwitcher } from "./organization-switcher.tsx";
import { SideNavigation } from "./side-navigation.tsx";

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 48 }}
      navbar={{ width: 256, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" />
            <Text fw={700} size="md" c={themedText("indigo")}>
              Logstag
            </Text>
          </Group>
          <SessionMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar>
        <AppShell.Section grow component={ScrollArea} px="xs" py="sm">
          <SideNavigation onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section hiddenFrom="md" p="sm">
          <ColorSchemeToggle />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg={PAGE_BACKGROUND}>
        <Suspense fallback={<LoadingState label="Loading the page…" />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

function SessionMenu() {
  const session = useSession();
  const logout = useLogoutMutation();
  const navigate = useNavigate();
  return (
    <Group gap="md" wrap="nowrap" data-testid="session-menu">
      <Box visibleFrom="md">
        <ColorSchemeToggle />
      </Box>
      <OrganizationSwitcher />
      <AccountMenu />
      <Badge variant="light" color="gray" size="sm" radius="sm" data-testid="user-role">
        {ROLE_LABELS[session.role]}
      </Badge>
      <Button
        size="compact-sm"
        variant="default"
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, { onSuccess: () => navigate("/login", { replace: true }) })
        }
        data-testid="sign-out"
      >
        Sign out
      </Button>
    </Group>
  );
}
