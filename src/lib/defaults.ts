/**
 * Default scenarios for the density and layer calculators, with the source of
 * every number. Where a figure is our own assumption rather than a documented
 * one, the comment says so.
 */

import type { DensityInput } from './density.ts';
import type { LayerScenario } from './layers.ts';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

// Ubuntu Server docs give guest minimums in decimal "GB"; we read them as GiB
// (1 GB → 1 GiB), which charges each VM ~7% more than the letter of the page.
// Source: Ubuntu Server documentation, "System requirements" (Ubuntu 24.04
// amd64) — https://documentation.ubuntu.com/server/reference/installation/system-requirements/
// (canonical/ubuntu-server-documentation, docs/reference/installation/system-requirements.md):
// "Minimum RAM: 1 GB (cloud images)", "Minimum storage: 4 GB (cloud images)",
// "Minimum RAM: 1.5 GB (ISO installs)", "Minimum storage: 5 GB (ISO installs)".
// Cross-check: the Debian installation guide (amd64), 2.5 "Memory and Disk
// Space Requirements", asks for at least 780 MB RAM and 920 MB disk —
// https://d-i.debian.org/manual/de.amd64/ch02s05.html — so Ubuntu's larger
// figures are the cautious choice for a guest.
const UBUNTU_CLOUD_MIN_RAM_MIB = 1024;
const UBUNTU_CLOUD_MIN_DISK_GIB = 4;
const UBUNTU_ISO_MIN_DISK_GIB = 5;

export const DENSITY_DEFAULTS = {
  host: {
    // Assumption: an ordinary two-socket 1U server, 32 hardware threads,
    // 128 GiB RAM and a 1 TiB local disk. Illustrative, not from a source.
    cpus: 32,
    memoryMiB: 128 * 1024,
    diskGiB: 1024,
  },
  app: {
    // Assumption: a small web service — half a CPU, 512 MiB, a 1 GiB image.
    cpus: 0.5,
    memoryMiB: 512,
    diskGiB: 1,
  },
  // Assumption: no vCPU overcommit, so neither side is flattered by
  // oversubscription; the UI lets the reader raise it.
  cpuOvercommit: 1,
  vm: {
    // Assumption: the smallest VM has one whole vCPU. A KVM vCPU is a host
    // thread (docs.kernel.org/virt/kvm/api.html), so idle guest time returns
    // to the host; with cpuOvercommit 1 this models a no-overcommit sizing
    // policy, not a property of VMs.
    vcpus: 1,
    // Ubuntu Server, "System requirements": minimum RAM 1 GB for cloud images.
    guestOsMemoryMiB: UBUNTU_CLOUD_MIN_RAM_MIB,
    // Ubuntu Server, "System requirements": minimum storage 4 GB for cloud images.
    guestOsDiskGiB: UBUNTU_CLOUD_MIN_DISK_GIB,
    // Proxmox VE Administration Guide, "System Requirements" → "Recommended
    // System Requirements": "Memory: Minimum 2 GB for the OS and Proxmox VE
    // services, plus designated memory for guests."
    // https://pve.proxmox.com/pve-docs/pve-admin-guide.html#install_recommended_requirements
    // (proxmox/pve-docs, pve-system-requirements.adoc)
    // Not modelled: per-VM monitor overhead (QEMU process, page tables), which
    // Red Hat's OpenShift Virtualization resource requirements put at
    // ~0.002 × requested memory + 218 MiB + 8 MiB per vCPU + 16 MiB per
    // graphics device (+ additional overhead) per VM —
    // https://github.com/openshift/openshift-docs/blob/main/modules/virt-cluster-resource-requirements.adoc
    // (factor corrected from 1.002 in openshift-docs PR #98819, Sept 2025).
    // Leaving it out favours VMs; the 1 GiB guest minimum and the
    // no-overcommit default favour containers, so the ratio is neither a
    // floor nor a ceiling.
    hypervisorReserveMiB: 2048,
    // Proxmox VE lists no OS disk size, so the hypervisor host gets Ubuntu
    // Server's ISO-install minimum storage, 5 GB (assumption: same host OS
    // footprint as a plain Ubuntu Server install).
    hypervisorReserveDiskGiB: UBUNTU_ISO_MIN_DISK_GIB,
  },
  container: {
    // Measured RSS of containerd-shim-runc-v2, one per container: 9–11 MiB
    // (10124, 10020 and 11268 KiB) in containerd issue #7878,
    // "containerd-shim-runc-v2 consumes 695M virtual memory" —
    // https://github.com/containerd/containerd/issues/7878 ; the older shim
    // measured 5–8.6 MiB in issue #2020 — https://github.com/containerd/containerd/issues/2020
    // RSS overstates the marginal cost, since it counts shim binary pages that
    // all shims share: containerd PR #1767 measured 5248 KiB RSS but 1212 KiB
    // PSS per shim — https://github.com/containerd/containerd/pull/1767
    // Rounded up to a deliberately generous 16 MiB (assumption) to cover the
    // kernel's per-container objects (cgroup, namespaces, veth) as well.
    overheadMiB: 16,
    // Assumption: 0.5 GiB of logs and temp files per container. Docker's
    // "Storage drivers" page explains that each container writes only to its
    // own thin writable layer over shared read-only image layers, but gives
    // no typical size — https://docs.docker.com/engine/storage/drivers/
    writableLayerGiB: 0.5,
    // Assumption: the same 2 GiB as the hypervisor host, so the comparison
    // isolates per-instance cost. It covers Ubuntu Server's 1.5 GB ISO-install
    // minimum RAM ("System requirements", above) plus the runtime daemons
    // (containerd ~56 MiB RSS in containerd issue #2020, above).
    hostOsReserveMiB: 2048,
    // Ubuntu Server, "System requirements": minimum storage 5 GB (ISO installs).
    hostOsReserveDiskGiB: UBUNTU_ISO_MIN_DISK_GIB,
  },
} as const satisfies DensityInput;

// Layer digests and sizes below are the linux/amd64 manifests recorded by
// docker-library/repo-info (https://github.com/docker-library/repo-info), all
// on the same debian:bookworm-slim build ('bookworm' '@1787529600'), so the
// base layer is byte-for-byte the same blob in all three images.
// The sizes are the registry's compressed layer sizes — the only per-layer
// figure a manifest carries. overlay2 keeps layers unpacked, so real disk use
// is larger (debian:bookworm-slim: 28.2 MB compressed, ~74.83 MB on disk per
// repos/debian/local/bookworm-slim.md); the sharing pattern is what matters here.
const DEBIAN_BOOKWORM_SLIM_BASE = {
  digest: 'sha256:a8ac7f6c67abc236e4c745052c404112b8fab6fe8ac3a329d1ef3b867ad67c71',
  sizeBytes: 28_232_655,
};

export const LAYER_DEFAULTS = {
  images: [
    {
      // The rootfs layer alone: the first layer of the python image below.
      name: 'debian:bookworm-slim',
      layers: [DEBIAN_BOOKWORM_SLIM_BASE],
    },
    {
      // repos/python/remote/3.12-slim-bookworm.md (Python 3.12.14), linux; amd64.
      name: 'python:3.12-slim-bookworm',
      layers: [
        DEBIAN_BOOKWORM_SLIM_BASE,
        {
          digest: 'sha256:614c31a05d4beee99ff7e358793f7cd53b86bbb67ab3a3b98dc10a45d8f663ea',
          sizeBytes: 3_533_361,
        },
        {
          digest: 'sha256:e2150cc9512d4a7ea612c972b9ca30a7d083b460a63bdb32f8fa4681c2c89c0b',
          sizeBytes: 13_671_299,
        },
        {
          digest: 'sha256:7521c97de7b02121aa73793ddba8d39157dc91997c2aee58564249a1b9f39a1c',
          sizeBytes: 250,
        },
      ],
    },
    {
      // Node 22.23.2 bookworm-slim layers of the same build, as the first five
      // layers of repos/ghost/remote/6-bookworm.md (linux; amd64), whose
      // history shows the node image's own steps (groupadd node, Node 22.23.2,
      // Yarn 1.22.22, docker-entrypoint.sh) on top of the shared base.
      name: 'node:22-bookworm-slim',
      layers: [
        DEBIAN_BOOKWORM_SLIM_BASE,
        {
          digest: 'sha256:cea7eb9bbe80eabf8356efb28b3796ab904f36a32049aeb6b435920ca93f9285',
          sizeBytes: 3_314,
        },
        {
          digest: 'sha256:51c53f95c2cae3d00dfc0350297c92dea913fe129ec38b8deb8313e5f3e0297d',
          sizeBytes: 49_938_210,
        },
        {
          digest: 'sha256:3cddab114edadc7cf5a7b0b591e59f6312aade3dc4fb68e88aacca5eb1cc1c03',
          sizeBytes: 1_712_979,
        },
        {
          digest: 'sha256:0282d618b52cd2eb8fcf041e780cd66b15e7ebae519a4054c5d293eae6b6d34f',
          sizeBytes: 447,
        },
      ],
    },
  ],
  // Assumption: three Python and two Node services plus one Debian worker;
  // 64 MiB of writes each (16 MiB for the worker). Every listed image runs at
  // least once, so VMs never come out smaller than containers here.
  instances: [
    { image: 'python:3.12-slim-bookworm', count: 3, writableBytes: 64 * MIB },
    { image: 'node:22-bookworm-slim', count: 2, writableBytes: 64 * MIB },
    { image: 'debian:bookworm-slim', count: 1, writableBytes: 16 * MIB },
  ],
  // Ubuntu Server, "System requirements": minimum storage 4 GB (cloud images),
  // read as 4 GiB as for DENSITY_DEFAULTS.vm.guestOsDiskGiB.
  vm: { guestOsBytes: UBUNTU_CLOUD_MIN_DISK_GIB * GIB },
} as const satisfies LayerScenario;
