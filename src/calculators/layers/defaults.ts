/**
 * The layer calculator's default scenario: three real images and how many of each run, with the
 * source of every number.
 */

import { UBUNTU_CLOUD_MIN_DISK_GIB } from '../density/defaults.ts';
import type { LayerScenario } from './model.ts';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

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
