import { NavLink, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { PreviewBadge } from "../components/preview-badge.tsx";
import { useSession } from "../lib/session/use-session.ts";
import { activeNavPath, visibleSections } from "./navigation.utils.ts";

export function SideNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { capabilities } = useSession();
  const { pathname } = useLocation();
  const active = activeNavPath(pathname);

  return (
    <Stack gap="sm" component="nav" aria-label="Main">
      {visibleSections(capabilities).map((section) => (
        <div key={section.title} data-testid={`nav-section-${section.title.toLowerCase()}`}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={2} lts={0.4}>
            {section.title}
          </Text>
          {section.items.map((item) => (
            <NavLink
              key={item.path}
              component={Link}
              to={item.path}
              label={item.label}
              active={item.path === active}
              onClick={onNavigate}
              rightSection={item.preview && <PreviewBadge stage={item.preview} />}
              py={5}
              styles={{ label: { fontSize: "var(--mantine-font-size-sm)" } }}
              data-testid={`nav-${item.path.slice(1).replaceAll("/", "-")}`}
            />
          ))}
        </div>
      ))}
    </Stack>
  );
}
