/**
 * The density calculator's default scenario, with the source of every number. Where a figure is our
 * own assumption rather than a documented one, the comment says so.
 */

import type { DensityInput } from './model.ts';

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
export const UBUNTU_CLOUD_MIN_RAM_MIB = 1024;
export const UBUNTU_CLOUD_MIN_DISK_GIB = 4;
export const UBUNTU_ISO_MIN_DISK_GIB = 5;

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
