// Read only by the component at build time: the frame is static HTML, so the browser bundle
// never carries these strings.
export const layersFormUi = {
  ko: {
    title: '레이어 공유 계산기: 컨테이너와 VM의 디스크 사용량',
    intro:
      '이미지마다 몇 개를 띄우고 각자 얼마나 쓰는지 바꿔 보세요. 컨테이너는 같은 레이어를 한 번만 저장하고 각자 쓰기 가능 레이어만 더하지만, VM은 한 대마다 게스트 OS와 이미지 전체를 디스크에 따로 둡니다. 이미지 세 개와 그 레이어(실제 다이제스트와 레지스트리의 압축 크기)는 고정되어 있고, 레이어 목록은 이 계산기에서 고칠 수 없습니다.',
    count: '개수',
    writable: '쓰기 가능 레이어',
    vmGroup: 'VM 한 대',
    guestOs: '게스트 OS 디스크',
  },
  en: {
    title: 'Layer sharing calculator: disk used by containers and by VMs',
    intro:
      'Change how many instances of each image run and how much each writes. Containers store every layer once and add only their own writable layer; each VM keeps a guest OS and a full copy of its image on its own disk. The three images and their layers (real digests, with the registry’s compressed sizes) are fixed; editing the layer lists is outside this calculator.',
    count: 'Instances',
    writable: 'Writable layer',
    vmGroup: 'One VM',
    guestOs: 'Guest OS disk',
  },
};

// Used by compute, so shipped to the browser with the calculator.
export const layersOutputUi = {
  ko: {
    usageCaption: '디스크 사용량',
    shared: '컨테이너: 이미지 레이어(다이제스트마다 한 번)',
    writableTotal: '컨테이너: 쓰기 가능 레이어 합계',
    containersTotal: '컨테이너 합계',
    vmsTotal: 'VM 합계(한 대마다 게스트 OS + 이미지 + 쓰기)',
    saved: '컨테이너로 아끼는 디스크',
    savedLine: (bytes: string) => `컨테이너로 띄우면 VM보다 ${bytes} 덜 씁니다.`,
    lostLine: (bytes: string) =>
      `컨테이너 쪽이 ${bytes} 더 씁니다. 띄우지 않는 이미지의 레이어도 호스트 디스크에 남아 있기 때문입니다.`,
    imagesCaption: '이미지와 레이어',
    layerCount: (count: string) => `레이어 ${count}개`,
    sharedBy: (count: string) => `이미지 ${count}개가 공유`,
  },
  en: {
    usageCaption: 'Disk usage',
    shared: 'Containers: image layers (once per digest)',
    writableTotal: 'Containers: writable layers in total',
    containersTotal: 'Containers in total',
    vmsTotal: 'VMs in total (guest OS + image + writes, per VM)',
    saved: 'Saved by using containers',
    savedLine: (bytes: string) => `As containers they use ${bytes} less disk than as VMs.`,
    lostLine: (bytes: string) =>
      `The containers use ${bytes} more: the layers of an image nothing runs stay on the host’s disk too.`,
    imagesCaption: 'Images and their layers',
    layerCount: (count: string) => (count === '1' ? '1 layer' : `${count} layers`),
    sharedBy: (count: string) => `shared by ${count} images`,
  },
};
