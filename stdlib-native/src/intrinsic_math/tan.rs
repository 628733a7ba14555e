//! `Math.tan`: the routine of HotSpot's x86-64 stub (`MacroAssembler::fast_tan`, 64-bit version),
//! operation for operation over [`super::machine`], with its constant tables.

use super::machine::*;

const ONEHALF_TAN: [u32; 4] = [0x00000000, 0x3fe00000, 0x00000000, 0x3fe00000];

const MUL16: [u32; 4] = [0x00000000, 0x40300000, 0x00000000, 0x3ff00000];

const SIGN_MASK_TAN: [u32; 4] = [0x00000000, 0x80000000, 0x00000000, 0x80000000];

const PI32INV_TAN: [u32; 4] = [0x6dc9c883, 0x3fe45f30, 0x6dc9c883, 0x40245f30];

const P_1_TAN: [u32; 4] = [0x54444000, 0x3fb921fb, 0x54440000, 0x3fb921fb];

const QQ_2_TAN: [u32; 2] = [0x676733af, 0x3d32e7b9];

const P_2_TAN: [u32; 4] = [0x67674000, 0xbd32e7b9, 0x4c4c0000, 0x3d468c23];

const P_3_TAN: [u32; 4] = [0x3707344a, 0x3aa8a2e0, 0x03707345, 0x3ae98a2e];

const ONE_TAN: [u32; 2] = [0x00000000, 0x3ff00000];

const CTABLE_TAN: [u32; 1408] = [
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x882c10fa, 0x3f9664f4, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x55e6c23d, 0x3f8226e3, 0x55555555, 0x3fd55555,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x0e157de0, 0x3f6d6d3d, 0x11111111, 0x3fc11111,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x452b75e3, 0x3f57da36, 0x1ba1ba1c, 0x3faba1ba,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x3ff00000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x4e435f9b, 0x3f953f83, 0x00000000, 0x00000000,
    0x3c6e8e46, 0x3f9b74ea, 0x00000000, 0x00000000, 0xda5b7511, 0x3f85ad63, 0xdc230b9b, 0x3fb97558,
    0x26cb3788, 0x3f881308, 0x76fc4985, 0x3fd62ac9, 0x77bb08ba, 0x3f757c85, 0xb6247521, 0x3fb1381e,
    0x5922170c, 0x3f754e95, 0x8746482d, 0x3fc27f83, 0x11055b30, 0x3f64e391, 0x3e666320, 0x3fa3e609,
    0x0de9dae3, 0x3f6301df, 0x1f1dca06, 0x3fafa8ae, 0x8c5b2da2, 0x3fb936bb, 0x4e88f7a5, 0x3c587d05,
    0x00000000, 0x3ff00000, 0xa8935dd9, 0x3f83dde2, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x5a279ea3, 0x3faa3407, 0x00000000, 0x00000000, 0x432d65fa, 0x3fa70153, 0x00000000, 0x00000000,
    0x891a4602, 0x3f9d03ef, 0xd62ca5f8, 0x3fca77d9, 0xb35f4628, 0x3f97a265, 0x433258fa, 0x3fd8cf51,
    0xb58fd909, 0x3f8f88e3, 0x01771cea, 0x3fc2b154, 0xf3562f8e, 0x3f888f57, 0xc028a723, 0x3fc7370f,
    0x20b7f9f0, 0x3f80f44c, 0x214368e9, 0x3fb6dfaa, 0x28891863, 0x3f79b4b6, 0x172dbbf0, 0x3fb6cb8e,
    0xe0553158, 0x3fc975f5, 0x593fe814, 0x3c2ef5d3, 0x00000000, 0x3ff00000, 0x03dec550, 0x3fa44203,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x9314533e, 0x3fbb8ec5, 0x00000000, 0x00000000,
    0x09aa36d0, 0x3fb6d3f4, 0x00000000, 0x00000000, 0xdcb427fd, 0x3fb13950, 0xd87ab0bb, 0x3fd5335e,
    0xce0ae8a5, 0x3fabb382, 0x79143126, 0x3fddba41, 0x5f2b28d4, 0x3fa552f1, 0x59f21a6d, 0x3fd015ab,
    0x22c27d95, 0x3fa0e984, 0xe19fc6aa, 0x3fd0576c, 0x8f2c2950, 0x3f9a4898, 0xc0b3f22c, 0x3fc59462,
    0x1883a4b8, 0x3f94b61c, 0x3f838640, 0x3fc30eb8, 0x355c63dc, 0x3fd36a08, 0x1dce993d, 0xbc6d704d,
    0x00000000, 0x3ff00000, 0x2b82ab63, 0x3fb78e92, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x56f37042, 0x3fccfc56, 0x00000000, 0x00000000, 0xaa563951, 0x3fc90125, 0x00000000, 0x00000000,
    0x3d0e7c5d, 0x3fc50533, 0x9bed9b2e, 0x3fdf0ed9, 0x5fe7c47c, 0x3fc1f250, 0x96c125e5, 0x3fe2edd9,
    0x5a02bbd8, 0x3fbe5c71, 0x86362c20, 0x3fda08b7, 0x4b4435ed, 0x3fb9d342, 0x4b494091, 0x3fd911bd,
    0xb56658be, 0x3fb5e4c7, 0x93a2fd76, 0x3fd3c092, 0xda271794, 0x3fb29910, 0x3303df2b, 0x3fd189be,
    0x99fcef32, 0x3fda8279, 0xb68c1467, 0x3c708b2f, 0x00000000, 0x3ff00000, 0x980c4337, 0x3fc5f619,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xcc03e501, 0x3fdff10f, 0x00000000, 0x00000000,
    0x44a4e845, 0x3fddb63b, 0x00000000, 0x00000000, 0x3768ad9f, 0x3fdb72a4, 0x3dd01cca, 0x3fe5fdb9,
    0xa61d2811, 0x3fd972b2, 0x5645ad0b, 0x3fe977f9, 0xd013b3ab, 0x3fd78ca3, 0xbf0bf914, 0x3fe4f192,
    0x4d53e730, 0x3fd5d060, 0x3f8b9000, 0x3fe49933, 0xe2b82f08, 0x3fd4322a, 0x5936a835, 0x3fe27ae1,
    0xb1c61c9b, 0x3fd2b3fb, 0xef478605, 0x3fe1659e, 0x190834ec, 0x3fe11ab7, 0xcdb625ea, 0xbc8e564b,
    0x00000000, 0x3ff00000, 0xb07217e3, 0x3fd248f1, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x2b2c49d0, 0x3ff2de9c, 0x00000000, 0x00000000, 0x2655bc98, 0x3ff33e58, 0x00000000, 0x00000000,
    0xff691fa2, 0x3ff3972e, 0xe93463bd, 0x3feeed87, 0x070e10a0, 0x3ff3f5b2, 0xf4d790a4, 0x3ff20c10,
    0xa04e8ea3, 0x3ff4541a, 0x386accd3, 0x3ff1369e, 0x222a66dd, 0x3ff4b521, 0x22a9777e, 0x3ff20817,
    0x52a04a6e, 0x3ff5178f, 0xddaa0031, 0x3ff22137, 0x4447d47c, 0x3ff57c01, 0x1e9c7f1d, 0x3ff29311,
    0x2ab7f990, 0x3fe561b8, 0x209c7df1, 0x3c87a8c5, 0x00000000, 0x3ff00000, 0x4170bcc6, 0x3fdc92d8,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xc7ab4d5a, 0x40085e24, 0x00000000, 0x00000000,
    0xe93ea75d, 0x400b963d, 0x00000000, 0x00000000, 0x94a7f25a, 0x400f37e2, 0x4b6261cb, 0x3ff5f984,
    0x5a9dd812, 0x4011aab0, 0x74c30018, 0x3ffaf5a5, 0x7f2ce8e3, 0x4013fe8b, 0xfe8e54fa, 0x3ffd7334,
    0x670d618d, 0x4016a10c, 0x4db97058, 0x4000e012, 0x24df44dd, 0x40199c5f, 0x697d6ece, 0x4003006e,
    0x83298b82, 0x401cfc4d, 0x19d490d6, 0x40058c19, 0x2ae42850, 0x3fea4300, 0x118e20e6, 0xbc7a6db8,
    0x00000000, 0x40000000, 0xe33345b8, 0xbfd4e526, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x65965966, 0x40219659, 0x00000000, 0x00000000, 0x882c10fa, 0x402664f4, 0x00000000, 0x00000000,
    0x83cd3723, 0x402c8342, 0x00000000, 0x40000000, 0x55e6c23d, 0x403226e3, 0x55555555, 0x40055555,
    0x34451939, 0x40371c96, 0xaaaaaaab, 0x400aaaaa, 0x0e157de0, 0x403d6d3d, 0x11111111, 0x40111111,
    0xa738201f, 0x4042bbce, 0x05b05b06, 0x4015b05b, 0x452b75e3, 0x4047da36, 0x1ba1ba1c, 0x401ba1ba,
    0x00000000, 0x3ff00000, 0x00000000, 0x00000000, 0x00000000, 0x40000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x4f48b8d3, 0xbf33eaf9, 0x00000000, 0x00000000,
    0x0cf7586f, 0x3f20b8ea, 0x00000000, 0x00000000, 0xd0258911, 0xbf0abaf3, 0x23e49fe9, 0xbfab5a8c,
    0x2d53222e, 0x3ef60d15, 0x21169451, 0x3fa172b2, 0xbb254dbc, 0xbee1d3b5, 0xdbf93b8e, 0xbf84c7db,
    0x05b4630b, 0x3ecd3364, 0xee9aada7, 0x3f743924, 0x794a8297, 0xbeb7b7b9, 0xe015f797, 0xbf5d41f5,
    0xe41a4a56, 0x3ea35dfb, 0xe4c2a251, 0x3f49a2ab, 0x5af9e000, 0xbfce49ce, 0x8c743719, 0x3d1eb860,
    0x00000000, 0x00000000, 0x1b4863cf, 0x3fd78294, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x535ad890, 0xbf2b9320, 0x00000000, 0x00000000, 0x018fdf1f, 0x3f16d61d, 0x00000000, 0x00000000,
    0x0359f1be, 0xbf0139e4, 0xa4317c6d, 0xbfa67e17, 0x82672d0f, 0x3eebb405, 0x2f1b621e, 0x3f9f455b,
    0x51ccf238, 0xbed55317, 0xf437b9ac, 0xbf804bee, 0xc791a2b5, 0x3ec0e993, 0x919a1db2, 0x3f7080c2,
    0x336a5b0e, 0xbeaa48a2, 0x0a268358, 0xbf55a443, 0xdfd978e4, 0x3e94b61f, 0xd7767a58, 0x3f431806,
    0x2aea0000, 0xbfc9bbe8, 0x7723ea61, 0xbd3a2369, 0x00000000, 0x00000000, 0xdf7796ff, 0x3fd6e642,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0xb9ff07ce, 0xbf231c78, 0x00000000, 0x00000000,
    0xa5517182, 0x3f0ff0e0, 0x00000000, 0x00000000, 0x790b4cbc, 0xbef66191, 0x848a46c6, 0xbfa21ac0,
    0xb16435fa, 0x3ee1d3ec, 0x2a1aa832, 0x3f9c71ea, 0xfdd299ef, 0xbec9dd1a, 0x3f8dbaaf, 0xbf793363,
    0x309fc6ea, 0x3eb415d6, 0xbee60471, 0x3f6b83ba, 0x94a0a697, 0xbe9dae11, 0x3e5c67b3, 0xbf4fd07b,
    0x9a8f3e3e, 0x3e86bd75, 0xa4beb7a4, 0x3f3d1eb1, 0x29cfc000, 0xbfc549ce, 0xbf159358, 0xbd397b33,
    0x00000000, 0x00000000, 0x871fee6c, 0x3fd666f0, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x7d98a556, 0xbf1a3958, 0x00000000, 0x00000000, 0x9d88dc01, 0x3f0704c2, 0x00000000, 0x00000000,
    0x73742a2b, 0xbeed054a, 0x58844587, 0xbf9c2a13, 0x55688a79, 0x3ed7a326, 0xee33f1d6, 0x3f9a48f4,
    0xa8dc9888, 0xbebf8939, 0xaad4b5b8, 0xbf72f746, 0x9102efa1, 0x3ea88f82, 0xdabc29cf, 0x3f678228,
    0x9289afb8, 0xbe90f456, 0x741fb4ed, 0xbf46f3a3, 0xa97f6663, 0x3e79b4bf, 0xca89ff3f, 0x3f36db70,
    0xa8a2a000, 0xbfc0ee13, 0x3da24be1, 0xbd338b9f, 0x00000000, 0x00000000, 0x11cd6c69, 0x3fd601fd,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0x1a154b97, 0xbf116b01, 0x00000000, 0x00000000,
    0x2d427630, 0x3f0147bf, 0x00000000, 0x00000000, 0xb93820c8, 0xbee264d4, 0xbb6cbb18, 0xbf94ab8c,
    0x888d4d92, 0x3ed0568b, 0x60730f7c, 0x3f98b19b, 0xe4b1fb11, 0xbeb2f950, 0x22cf9f74, 0xbf6b21cd,
    0x4a3ff0a6, 0x3e9f499e, 0xfd2b83ce, 0x3f64aad7, 0x637b73af, 0xbe83487c, 0xe522591a, 0xbf3fc092,
    0xa158e8bc, 0x3e6e3aae, 0xe5e82ffa, 0x3f329d2f, 0xd636a000, 0xbfb9477f, 0xc2c2d2bc, 0xbd135ef9,
    0x00000000, 0x00000000, 0xf2fdb123, 0x3fd5b566, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0xc41acb64, 0xbf05448d, 0x00000000, 0x00000000, 0xdbb03d6f, 0x3efb7ad2, 0x00000000, 0x00000000,
    0x9e42962d, 0xbed5aea5, 0x2579f8ef, 0xbf8b2398, 0x288a1ed9, 0x3ec81441, 0xb0198dc5, 0x3f979a3a,
    0x2fdfe253, 0xbea57cd3, 0x5766336f, 0xbf617caa, 0x600944c3, 0x3e954ed6, 0xa4e0aaf8, 0x3f62c646,
    0x6b8fb29c, 0xbe74e3a3, 0xdc4c0409, 0xbf33f952, 0x9bffe365, 0x3e6301ec, 0xb8869e44, 0x3f2fc566,
    0xe1e04000, 0xbfb0cc62, 0x016b907f, 0xbd119cbc, 0x00000000, 0x00000000, 0xe6b9d8fa, 0x3fd57fb3,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0x5daf22a6, 0xbef429d7, 0x00000000, 0x00000000,
    0x06bca545, 0x3ef7a27d, 0x00000000, 0x00000000, 0x7211c19a, 0xbec41c3e, 0x956ed53e, 0xbf7ae3f4,
    0xee750e72, 0x3ec3901b, 0x91d443f5, 0x3f96f713, 0x36661e6c, 0xbe936e09, 0x506f9381, 0xbf5122e8,
    0xcb6dd43f, 0x3e9041b9, 0x6698b2ff, 0x3f61b0c7, 0x576bf12b, 0xbe625a8a, 0xe5a0e9dc, 0xbf23499d,
    0x110384dd, 0x3e5b1c2c, 0x68d43db6, 0x3f2cb899, 0x6ecac000, 0xbfa0c414, 0xcd7dd58c, 0x3d13500f,
    0x00000000, 0x00000000, 0x85a2c8fb, 0x3fd55fe0, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x2bf70ebe, 0x3ef66a8f, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xd644267f, 0x3ec22805, 0x16c16c17, 0x3f96c16c,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xc4e09162, 0x3e8d6db2, 0xbc011567, 0x3f61566a,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x1f79955c, 0x3e57da4e, 0x9334ef0b, 0x3f2bbd77,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x55555555, 0x3fd55555,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0x5daf22a6, 0x3ef429d7, 0x00000000, 0x00000000,
    0x06bca545, 0x3ef7a27d, 0x00000000, 0x00000000, 0x7211c19a, 0x3ec41c3e, 0x956ed53e, 0x3f7ae3f4,
    0xee750e72, 0x3ec3901b, 0x91d443f5, 0x3f96f713, 0x36661e6c, 0x3e936e09, 0x506f9381, 0x3f5122e8,
    0xcb6dd43f, 0x3e9041b9, 0x6698b2ff, 0x3f61b0c7, 0x576bf12b, 0x3e625a8a, 0xe5a0e9dc, 0x3f23499d,
    0x110384dd, 0x3e5b1c2c, 0x68d43db6, 0x3f2cb899, 0x6ecac000, 0x3fa0c414, 0xcd7dd58c, 0xbd13500f,
    0x00000000, 0x00000000, 0x85a2c8fb, 0x3fd55fe0, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0xc41acb64, 0x3f05448d, 0x00000000, 0x00000000, 0xdbb03d6f, 0x3efb7ad2, 0x00000000, 0x00000000,
    0x9e42962d, 0x3ed5aea5, 0x2579f8ef, 0x3f8b2398, 0x288a1ed9, 0x3ec81441, 0xb0198dc5, 0x3f979a3a,
    0x2fdfe253, 0x3ea57cd3, 0x5766336f, 0x3f617caa, 0x600944c3, 0x3e954ed6, 0xa4e0aaf8, 0x3f62c646,
    0x6b8fb29c, 0x3e74e3a3, 0xdc4c0409, 0x3f33f952, 0x9bffe365, 0x3e6301ec, 0xb8869e44, 0x3f2fc566,
    0xe1e04000, 0x3fb0cc62, 0x016b907f, 0x3d119cbc, 0x00000000, 0x00000000, 0xe6b9d8fa, 0x3fd57fb3,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0x1a154b97, 0x3f116b01, 0x00000000, 0x00000000,
    0x2d427630, 0x3f0147bf, 0x00000000, 0x00000000, 0xb93820c8, 0x3ee264d4, 0xbb6cbb18, 0x3f94ab8c,
    0x888d4d92, 0x3ed0568b, 0x60730f7c, 0x3f98b19b, 0xe4b1fb11, 0x3eb2f950, 0x22cf9f74, 0x3f6b21cd,
    0x4a3ff0a6, 0x3e9f499e, 0xfd2b83ce, 0x3f64aad7, 0x637b73af, 0x3e83487c, 0xe522591a, 0x3f3fc092,
    0xa158e8bc, 0x3e6e3aae, 0xe5e82ffa, 0x3f329d2f, 0xd636a000, 0x3fb9477f, 0xc2c2d2bc, 0x3d135ef9,
    0x00000000, 0x00000000, 0xf2fdb123, 0x3fd5b566, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x7d98a556, 0x3f1a3958, 0x00000000, 0x00000000, 0x9d88dc01, 0x3f0704c2, 0x00000000, 0x00000000,
    0x73742a2b, 0x3eed054a, 0x58844587, 0x3f9c2a13, 0x55688a79, 0x3ed7a326, 0xee33f1d6, 0x3f9a48f4,
    0xa8dc9888, 0x3ebf8939, 0xaad4b5b8, 0x3f72f746, 0x9102efa1, 0x3ea88f82, 0xdabc29cf, 0x3f678228,
    0x9289afb8, 0x3e90f456, 0x741fb4ed, 0x3f46f3a3, 0xa97f6663, 0x3e79b4bf, 0xca89ff3f, 0x3f36db70,
    0xa8a2a000, 0x3fc0ee13, 0x3da24be1, 0x3d338b9f, 0x00000000, 0x00000000, 0x11cd6c69, 0x3fd601fd,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0xb9ff07ce, 0x3f231c78, 0x00000000, 0x00000000,
    0xa5517182, 0x3f0ff0e0, 0x00000000, 0x00000000, 0x790b4cbc, 0x3ef66191, 0x848a46c6, 0x3fa21ac0,
    0xb16435fa, 0x3ee1d3ec, 0x2a1aa832, 0x3f9c71ea, 0xfdd299ef, 0x3ec9dd1a, 0x3f8dbaaf, 0x3f793363,
    0x309fc6ea, 0x3eb415d6, 0xbee60471, 0x3f6b83ba, 0x94a0a697, 0x3e9dae11, 0x3e5c67b3, 0x3f4fd07b,
    0x9a8f3e3e, 0x3e86bd75, 0xa4beb7a4, 0x3f3d1eb1, 0x29cfc000, 0x3fc549ce, 0xbf159358, 0x3d397b33,
    0x00000000, 0x00000000, 0x871fee6c, 0x3fd666f0, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x535ad890, 0x3f2b9320, 0x00000000, 0x00000000, 0x018fdf1f, 0x3f16d61d, 0x00000000, 0x00000000,
    0x0359f1be, 0x3f0139e4, 0xa4317c6d, 0x3fa67e17, 0x82672d0f, 0x3eebb405, 0x2f1b621e, 0x3f9f455b,
    0x51ccf238, 0x3ed55317, 0xf437b9ac, 0x3f804bee, 0xc791a2b5, 0x3ec0e993, 0x919a1db2, 0x3f7080c2,
    0x336a5b0e, 0x3eaa48a2, 0x0a268358, 0x3f55a443, 0xdfd978e4, 0x3e94b61f, 0xd7767a58, 0x3f431806,
    0x2aea0000, 0x3fc9bbe8, 0x7723ea61, 0x3d3a2369, 0x00000000, 0x00000000, 0xdf7796ff, 0x3fd6e642,
    0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8, 0x4f48b8d3, 0x3f33eaf9, 0x00000000, 0x00000000,
    0x0cf7586f, 0x3f20b8ea, 0x00000000, 0x00000000, 0xd0258911, 0x3f0abaf3, 0x23e49fe9, 0x3fab5a8c,
    0x2d53222e, 0x3ef60d15, 0x21169451, 0x3fa172b2, 0xbb254dbc, 0x3ee1d3b5, 0xdbf93b8e, 0x3f84c7db,
    0x05b4630b, 0x3ecd3364, 0xee9aada7, 0x3f743924, 0x794a8297, 0x3eb7b7b9, 0xe015f797, 0x3f5d41f5,
    0xe41a4a56, 0x3ea35dfb, 0xe4c2a251, 0x3f49a2ab, 0x5af9e000, 0x3fce49ce, 0x8c743719, 0xbd1eb860,
    0x00000000, 0x00000000, 0x1b4863cf, 0x3fd78294, 0x00000000, 0x3ff00000, 0x00000000, 0xfffffff8,
    0x65965966, 0xc0219659, 0x00000000, 0x00000000, 0x882c10fa, 0x402664f4, 0x00000000, 0x00000000,
    0x83cd3723, 0xc02c8342, 0x00000000, 0xc0000000, 0x55e6c23d, 0x403226e3, 0x55555555, 0x40055555,
    0x34451939, 0xc0371c96, 0xaaaaaaab, 0xc00aaaaa, 0x0e157de0, 0x403d6d3d, 0x11111111, 0x40111111,
    0xa738201f, 0xc042bbce, 0x05b05b06, 0xc015b05b, 0x452b75e3, 0x4047da36, 0x1ba1ba1c, 0x401ba1ba,
    0x00000000, 0xbff00000, 0x00000000, 0x00000000, 0x00000000, 0x40000000, 0x00000000, 0x00000000,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xc7ab4d5a, 0xc0085e24, 0x00000000, 0x00000000,
    0xe93ea75d, 0x400b963d, 0x00000000, 0x00000000, 0x94a7f25a, 0xc00f37e2, 0x4b6261cb, 0xbff5f984,
    0x5a9dd812, 0x4011aab0, 0x74c30018, 0x3ffaf5a5, 0x7f2ce8e3, 0xc013fe8b, 0xfe8e54fa, 0xbffd7334,
    0x670d618d, 0x4016a10c, 0x4db97058, 0x4000e012, 0x24df44dd, 0xc0199c5f, 0x697d6ece, 0xc003006e,
    0x83298b82, 0x401cfc4d, 0x19d490d6, 0x40058c19, 0x2ae42850, 0xbfea4300, 0x118e20e6, 0x3c7a6db8,
    0x00000000, 0x40000000, 0xe33345b8, 0xbfd4e526, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x2b2c49d0, 0xbff2de9c, 0x00000000, 0x00000000, 0x2655bc98, 0x3ff33e58, 0x00000000, 0x00000000,
    0xff691fa2, 0xbff3972e, 0xe93463bd, 0xbfeeed87, 0x070e10a0, 0x3ff3f5b2, 0xf4d790a4, 0x3ff20c10,
    0xa04e8ea3, 0xbff4541a, 0x386accd3, 0xbff1369e, 0x222a66dd, 0x3ff4b521, 0x22a9777e, 0x3ff20817,
    0x52a04a6e, 0xbff5178f, 0xddaa0031, 0xbff22137, 0x4447d47c, 0x3ff57c01, 0x1e9c7f1d, 0x3ff29311,
    0x2ab7f990, 0xbfe561b8, 0x209c7df1, 0xbc87a8c5, 0x00000000, 0x3ff00000, 0x4170bcc6, 0x3fdc92d8,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0xcc03e501, 0xbfdff10f, 0x00000000, 0x00000000,
    0x44a4e845, 0x3fddb63b, 0x00000000, 0x00000000, 0x3768ad9f, 0xbfdb72a4, 0x3dd01cca, 0xbfe5fdb9,
    0xa61d2811, 0x3fd972b2, 0x5645ad0b, 0x3fe977f9, 0xd013b3ab, 0xbfd78ca3, 0xbf0bf914, 0xbfe4f192,
    0x4d53e730, 0x3fd5d060, 0x3f8b9000, 0x3fe49933, 0xe2b82f08, 0xbfd4322a, 0x5936a835, 0xbfe27ae1,
    0xb1c61c9b, 0x3fd2b3fb, 0xef478605, 0x3fe1659e, 0x190834ec, 0xbfe11ab7, 0xcdb625ea, 0x3c8e564b,
    0x00000000, 0x3ff00000, 0xb07217e3, 0x3fd248f1, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x56f37042, 0xbfccfc56, 0x00000000, 0x00000000, 0xaa563951, 0x3fc90125, 0x00000000, 0x00000000,
    0x3d0e7c5d, 0xbfc50533, 0x9bed9b2e, 0xbfdf0ed9, 0x5fe7c47c, 0x3fc1f250, 0x96c125e5, 0x3fe2edd9,
    0x5a02bbd8, 0xbfbe5c71, 0x86362c20, 0xbfda08b7, 0x4b4435ed, 0x3fb9d342, 0x4b494091, 0x3fd911bd,
    0xb56658be, 0xbfb5e4c7, 0x93a2fd76, 0xbfd3c092, 0xda271794, 0x3fb29910, 0x3303df2b, 0x3fd189be,
    0x99fcef32, 0xbfda8279, 0xb68c1467, 0xbc708b2f, 0x00000000, 0x3ff00000, 0x980c4337, 0x3fc5f619,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x9314533e, 0xbfbb8ec5, 0x00000000, 0x00000000,
    0x09aa36d0, 0x3fb6d3f4, 0x00000000, 0x00000000, 0xdcb427fd, 0xbfb13950, 0xd87ab0bb, 0xbfd5335e,
    0xce0ae8a5, 0x3fabb382, 0x79143126, 0x3fddba41, 0x5f2b28d4, 0xbfa552f1, 0x59f21a6d, 0xbfd015ab,
    0x22c27d95, 0x3fa0e984, 0xe19fc6aa, 0x3fd0576c, 0x8f2c2950, 0xbf9a4898, 0xc0b3f22c, 0xbfc59462,
    0x1883a4b8, 0x3f94b61c, 0x3f838640, 0x3fc30eb8, 0x355c63dc, 0xbfd36a08, 0x1dce993d, 0x3c6d704d,
    0x00000000, 0x3ff00000, 0x2b82ab63, 0x3fb78e92, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
    0x5a279ea3, 0xbfaa3407, 0x00000000, 0x00000000, 0x432d65fa, 0x3fa70153, 0x00000000, 0x00000000,
    0x891a4602, 0xbf9d03ef, 0xd62ca5f8, 0xbfca77d9, 0xb35f4628, 0x3f97a265, 0x433258fa, 0x3fd8cf51,
    0xb58fd909, 0xbf8f88e3, 0x01771cea, 0xbfc2b154, 0xf3562f8e, 0x3f888f57, 0xc028a723, 0x3fc7370f,
    0x20b7f9f0, 0xbf80f44c, 0x214368e9, 0xbfb6dfaa, 0x28891863, 0x3f79b4b6, 0x172dbbf0, 0x3fb6cb8e,
    0xe0553158, 0xbfc975f5, 0x593fe814, 0xbc2ef5d3, 0x00000000, 0x3ff00000, 0x03dec550, 0x3fa44203,
    0x00000000, 0x00000000, 0x00000000, 0x00000000, 0x4e435f9b, 0xbf953f83, 0x00000000, 0x00000000,
    0x3c6e8e46, 0x3f9b74ea, 0x00000000, 0x00000000, 0xda5b7511, 0xbf85ad63, 0xdc230b9b, 0xbfb97558,
    0x26cb3788, 0x3f881308, 0x76fc4985, 0x3fd62ac9, 0x77bb08ba, 0xbf757c85, 0xb6247521, 0xbfb1381e,
    0x5922170c, 0x3f754e95, 0x8746482d, 0x3fc27f83, 0x11055b30, 0xbf64e391, 0x3e666320, 0xbfa3e609,
    0x0de9dae3, 0x3f6301df, 0x1f1dca06, 0x3fafa8ae, 0x8c5b2da2, 0xbfb936bb, 0x4e88f7a5, 0xbc587d05,
    0x00000000, 0x3ff00000, 0xa8935dd9, 0x3f83dde2, 0x00000000, 0x00000000, 0x00000000, 0x00000000,
];

const MASK_35_TAN: [u32; 4] = [0xfffc0000, 0xffffffff, 0x00000000, 0x00000000];

const Q_11_TAN: [u32; 2] = [0xb8fe4d77, 0x3f82609a];

const Q_9_TAN: [u32; 2] = [0xbf847a43, 0x3f9664a0];

const Q_7_TAN: [u32; 2] = [0x52c4c8ab, 0x3faba1ba];

const Q_5_TAN: [u32; 2] = [0x11092746, 0x3fc11111];

const Q_3_TAN: [u32; 2] = [0x55555612, 0x3fd55555];

const TWO_POW_55_TAN: [u32; 2] = [0x00000000, 0x43600000];

const TWO_POW_M55_TAN: [u32; 2] = [0x00000000, 0x3c800000];

const PI_INV_TABLE_TAN: [u32; 41] = [
    0x00000000, 0x00000000, 0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041,
    0xfe5163ab, 0xdebbc561, 0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e,
    0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b,
    0x1ff897ff, 0xde05980f, 0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7, 0x4f463f66, 0x9e5fea2d,
    0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08, 0x56033046, 0xfc7b6bab,
    0xf0cfbc21,
];

const PI_4_TAN: [u32; 4] = [0x00000000, 0x3fe921fb, 0x4611a626, 0x3e85110b];

const NEG_ZERO_TAN: [u32; 2] = [0x00000000, 0x80000000];

/// The tables, by the indices below.
static TABLES: [&[u32]; 21] = [
    &ONEHALF_TAN,
    &MUL16,
    &SIGN_MASK_TAN,
    &PI32INV_TAN,
    &P_1_TAN,
    &QQ_2_TAN,
    &P_2_TAN,
    &P_3_TAN,
    &ONE_TAN,
    &CTABLE_TAN,
    &MASK_35_TAN,
    &Q_11_TAN,
    &Q_9_TAN,
    &Q_7_TAN,
    &Q_5_TAN,
    &Q_3_TAN,
    &TWO_POW_55_TAN,
    &TWO_POW_M55_TAN,
    &PI_INV_TABLE_TAN,
    &PI_4_TAN,
    &NEG_ZERO_TAN,
];
const ONEHALF_TAN_AT: usize = 0;
const MUL16_AT: usize = 1;
const SIGN_MASK_TAN_AT: usize = 2;
const PI32INV_TAN_AT: usize = 3;
const P_1_TAN_AT: usize = 4;
const QQ_2_TAN_AT: usize = 5;
const P_2_TAN_AT: usize = 6;
const P_3_TAN_AT: usize = 7;
const ONE_TAN_AT: usize = 8;
const CTABLE_TAN_AT: usize = 9;
const MASK_35_TAN_AT: usize = 10;
const Q_11_TAN_AT: usize = 11;
const Q_9_TAN_AT: usize = 12;
const Q_7_TAN_AT: usize = 13;
const Q_5_TAN_AT: usize = 14;
const Q_3_TAN_AT: usize = 15;
const TWO_POW_55_TAN_AT: usize = 16;
const TWO_POW_M55_TAN_AT: usize = 17;
const PI_INV_TABLE_TAN_AT: usize = 18;
const PI_4_TAN_AT: usize = 19;
const NEG_ZERO_TAN_AT: usize = 20;

/// `Math.tan` as HotSpot computes it on x86-64.
pub fn tan(x: f64) -> f64 {
    let mut m = Machine::new(&TABLES, x, 0.0);
    let mut block = 0;
    loop {
        match block {
            0 => {
                m.push(RBX);
                m.subq(RSP, imm(16));
                m.movsd(at(RSP, 8), X0);
                block = 1;
            }
            1 => {
                m.pextrw(RAX, X0, imm(3));
                m.andl(RAX, imm(32767));
                m.subl(RAX, imm(16314));
                m.cmpl(RAX, imm(270));
                if m.cc(Cc::Above) {
                    block = 2;
                    continue;
                }
                m.movdqu(X5, table(ONEHALF_TAN_AT, 0));
                m.movdqu(X6, table(MUL16_AT, 0));
                m.unpcklpd(X0, X0);
                m.movdqu(X4, table(SIGN_MASK_TAN_AT, 0));
                m.andpd(X4, X0);
                m.movdqu(X1, table(PI32INV_TAN_AT, 0));
                m.mulpd(X1, X0);
                m.por(X5, X4);
                m.addpd(X1, X5);
                m.movdqu(X7, X1);
                m.unpckhpd(X7, X7);
                m.cvttsd2sil(RDX, X7);
                m.cvttpd2dq(X1, X1);
                m.cvtdq2pd(X1, X1);
                m.mulpd(X1, X6);
                m.movdqu(X3, table(P_1_TAN_AT, 0));
                m.movq(X5, table(QQ_2_TAN_AT, 0));
                m.addq(RDX, imm(469248));
                m.movdqu(X4, table(P_2_TAN_AT, 0));
                m.mulpd(X3, X1);
                m.andq(RDX, imm(31));
                m.mulsd(X5, X1);
                m.movq(RCX, RDX);
                m.mulpd(X4, X1);
                m.shlq(RCX, Some(imm(1)));
                m.subpd(X0, X3);
                m.mulpd(X1, table(P_3_TAN_AT, 0));
                m.addq(RDX, RCX);
                m.shlq(RCX, Some(imm(2)));
                m.addq(RDX, RCX);
                m.addsd(X5, X0);
                m.movdqu(X2, X0);
                m.subpd(X0, X4);
                m.movq(X6, table(ONE_TAN_AT, 0));
                m.shlq(RDX, Some(imm(4)));
                m.lea(RAX, table(CTABLE_TAN_AT, 0));
                m.andpd(X5, table(MASK_35_TAN_AT, 0));
                m.movdqu(X3, X0);
                m.addq(RAX, RDX);
                m.subpd(X2, X0);
                m.unpckhpd(X0, X0);
                m.divsd(X6, X5);
                m.subpd(X2, X4);
                m.movdqu(X7, at(RAX, 16));
                m.subsd(X3, X5);
                m.mulpd(X7, X0);
                m.subpd(X2, X1);
                m.movdqu(X1, at(RAX, 48));
                m.mulpd(X1, X0);
                m.movdqu(X4, at(RAX, 96));
                m.mulpd(X4, X0);
                m.addsd(X2, X3);
                m.movdqu(X3, X0);
                m.mulpd(X0, X0);
                m.addpd(X7, at(RAX, 0));
                m.addpd(X1, at(RAX, 32));
                m.mulpd(X1, X0);
                m.addpd(X4, at(RAX, 80));
                m.addpd(X7, X1);
                m.movdqu(X1, at(RAX, 112));
                m.mulpd(X1, X0);
                m.mulpd(X0, X0);
                m.addpd(X4, X1);
                m.movdqu(X1, at(RAX, 64));
                m.mulpd(X1, X0);
                m.addpd(X7, X1);
                m.movdqu(X1, X3);
                m.mulpd(X3, X0);
                m.mulsd(X0, X0);
                m.mulpd(X1, at(RAX, 144));
                m.mulpd(X4, X3);
                m.movdqu(X3, X1);
                m.addpd(X7, X4);
                m.movdqu(X4, X1);
                m.mulsd(X0, X7);
                m.unpckhpd(X7, X7);
                m.addsd(X0, X7);
                m.unpckhpd(X1, X1);
                m.addsd(X3, X1);
                m.subsd(X4, X3);
                m.addsd(X1, X4);
                m.movdqu(X4, X2);
                m.movq(X7, at(RAX, 144));
                m.unpckhpd(X2, X2);
                m.addsd(X7, at(RAX, 152));
                m.mulsd(X7, X2);
                m.addsd(X7, at(RAX, 136));
                m.addsd(X7, X1);
                m.addsd(X0, X7);
                m.movq(X7, table(ONE_TAN_AT, 0));
                m.mulsd(X4, X6);
                m.movq(X2, at(RAX, 168));
                m.andpd(X2, X6);
                m.mulsd(X5, X2);
                m.mulsd(X6, at(RAX, 160));
                m.subsd(X7, X5);
                m.subsd(X2, at(RAX, 128));
                m.subsd(X7, X4);
                m.mulsd(X7, X6);
                m.movdqu(X4, X3);
                m.subsd(X3, X2);
                m.addsd(X2, X3);
                m.subsd(X4, X2);
                m.addsd(X0, X4);
                m.subsd(X0, X7);
                m.addsd(X0, X3);
                block = 17;
            }
            2 => {
                if m.cc(Cc::Greater) {
                    block = 5;
                    continue;
                }
                m.pextrw(RAX, X0, imm(3));
                m.movl(RDX, RAX);
                m.andl(RAX, imm(32752));
                if m.cc(Cc::Equal) {
                    block = 4;
                    continue;
                }
                m.andl(RDX, imm(32767));
                m.cmpl(RDX, imm(15904));
                if m.cc(Cc::Below) {
                    block = 3;
                    continue;
                }
                m.movdqu(X2, X0);
                m.movdqu(X3, X0);
                m.movq(X1, table(Q_11_TAN_AT, 0));
                m.mulsd(X2, X0);
                m.mulsd(X3, X2);
                m.mulsd(X1, X2);
                m.addsd(X1, table(Q_9_TAN_AT, 0));
                m.mulsd(X1, X2);
                m.addsd(X1, table(Q_7_TAN_AT, 0));
                m.mulsd(X1, X2);
                m.addsd(X1, table(Q_5_TAN_AT, 0));
                m.mulsd(X1, X2);
                m.addsd(X1, table(Q_3_TAN_AT, 0));
                m.mulsd(X1, X3);
                m.addsd(X0, X1);
                block = 17;
            }
            3 => {
                m.movq(X3, table(TWO_POW_55_TAN_AT, 0));
                m.mulsd(X3, X0);
                m.addsd(X0, X3);
                m.mulsd(X0, table(TWO_POW_M55_TAN_AT, 0));
                block = 17;
            }
            4 => {
                m.movdqu(X1, X0);
                m.mulsd(X1, X1);
                block = 17;
            }
            5 => {
                m.pextrw(RAX, X0, imm(3));
                m.andl(RAX, imm(32752));
                m.cmpl(RAX, imm(32752));
                if m.cc(Cc::Equal) {
                    block = 15;
                    continue;
                }
                m.pextrw(RCX, X0, imm(3));
                m.andl(RCX, imm(32752));
                m.subl(RCX, imm(16224));
                m.shrl(RCX, Some(imm(7)));
                m.andl(RCX, imm(65532));
                m.lea(R11, table(PI_INV_TABLE_TAN_AT, 0));
                m.addq(RCX, R11);
                m.movdq(RAX, X0);
                m.movl(R10, at(RCX, 20));
                m.movl(R8, at(RCX, 24));
                m.movl(RDX, RAX);
                m.shrq(RAX, Some(imm(21)));
                m.orl(RAX, imm(-2147483648));
                m.shrl(RAX, Some(imm(11)));
                m.movl(R9, R10);
                m.imulq(R10, RDX);
                m.imulq(R9, RAX);
                m.imulq(R8, RAX);
                m.movl(RSI, at(RCX, 16));
                m.movl(RDI, at(RCX, 12));
                m.movl(R11, R10);
                m.shrq(R10, Some(imm(32)));
                m.addq(R9, R10);
                m.addq(R11, R8);
                m.movl(R8, R11);
                m.shrq(R11, Some(imm(32)));
                m.addq(R9, R11);
                m.movl(R10, RSI);
                m.imulq(RSI, RDX);
                m.imulq(R10, RAX);
                m.movl(R11, RDI);
                m.imulq(RDI, RDX);
                m.movl(RBX, RSI);
                m.shrq(RSI, Some(imm(32)));
                m.addq(R9, RBX);
                m.movl(RBX, R9);
                m.shrq(R9, Some(imm(32)));
                m.addq(R10, RSI);
                m.addq(R10, R9);
                m.shlq(RBX, Some(imm(32)));
                m.orq(R8, RBX);
                m.imulq(R11, RAX);
                m.movl(R9, at(RCX, 8));
                m.movl(RSI, at(RCX, 4));
                m.movl(RBX, RDI);
                m.shrq(RDI, Some(imm(32)));
                m.addq(R10, RBX);
                m.movl(RBX, R10);
                m.shrq(R10, Some(imm(32)));
                m.addq(R11, RDI);
                m.addq(R11, R10);
                m.movq(RDI, R9);
                m.imulq(R9, RDX);
                m.imulq(RDI, RAX);
                m.movl(R10, R9);
                m.shrq(R9, Some(imm(32)));
                m.addq(R11, R10);
                m.movl(R10, R11);
                m.shrq(R11, Some(imm(32)));
                m.addq(RDI, R9);
                m.addq(RDI, R11);
                m.movq(R9, RSI);
                m.imulq(RSI, RDX);
                m.imulq(R9, RAX);
                m.shlq(R10, Some(imm(32)));
                m.orq(R10, RBX);
                m.movl(RAX, at(RCX, 0));
                m.movl(R11, RSI);
                m.shrq(RSI, Some(imm(32)));
                m.addq(RDI, R11);
                m.movl(R11, RDI);
                m.shrq(RDI, Some(imm(32)));
                m.addq(R9, RSI);
                m.addq(R9, RDI);
                m.imulq(RDX, RAX);
                m.pextrw(RBX, X0, imm(3));
                m.lea(RDI, table(PI_INV_TABLE_TAN_AT, 0));
                m.subq(RCX, RDI);
                m.addl(RCX, RCX);
                m.addl(RCX, RCX);
                m.addl(RCX, RCX);
                m.addl(RCX, imm(19));
                m.movl(RSI, imm(32768));
                m.andl(RSI, RBX);
                m.shrl(RBX, Some(imm(4)));
                m.andl(RBX, imm(2047));
                m.subl(RBX, imm(1023));
                m.subl(RCX, RBX);
                m.addq(R9, RDX);
                m.movl(RDX, RCX);
                m.addl(RDX, imm(32));
                m.cmpl(RCX, imm(0));
                if m.cc(Cc::Less) {
                    block = 12;
                    continue;
                }
                m.negl(RCX);
                m.addl(RCX, imm(29));
                m.shll(R9, None);
                m.movl(RDI, R9);
                m.andl(R9, imm(1073741823));
                m.testl(R9, imm(536870912));
                if m.cc(Cc::NotEqual) {
                    block = 13;
                    continue;
                }
                m.shrl(R9, None);
                m.movl(RBX, imm(0));
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                block = 6;
            }
            6 => {
                block = 7;
            }
            7 => {
                m.cmpq(R9, imm(0));
                if m.cc(Cc::Equal) {
                    block = 10;
                    continue;
                }
                block = 8;
            }
            8 => {
                m.bsrq(R11, R9);
                m.movl(RCX, imm(29));
                m.subl(RCX, R11);
                if m.cc(Cc::LessEqual) {
                    block = 11;
                    continue;
                }
                m.shlq(R9, None);
                m.movq(RAX, R10);
                m.shlq(R10, None);
                m.addl(RDX, RCX);
                m.negl(RCX);
                m.addl(RCX, imm(64));
                m.shrq(RAX, None);
                m.shrq(R8, None);
                m.orq(R9, RAX);
                m.orq(R10, R8);
                block = 9;
            }
            9 => {
                m.cvtsi2sdq(X0, R9);
                m.shrq(R10, Some(imm(1)));
                m.cvtsi2sdq(X3, R10);
                m.xorpd(X4, X4);
                m.shll(RDX, Some(imm(4)));
                m.negl(RDX);
                m.addl(RDX, imm(16368));
                m.orl(RDX, RSI);
                m.xorl(RDX, RBX);
                m.pinsrw(X4, RDX, imm(3));
                m.movq(X2, table(PI_4_TAN_AT, 0));
                m.movq(X7, table(PI_4_TAN_AT, 8));
                m.xorpd(X5, X5);
                m.subl(RDX, imm(1008));
                m.pinsrw(X5, RDX, imm(3));
                m.mulsd(X0, X4);
                m.shll(RSI, Some(imm(16)));
                m.sarl(RSI, Some(imm(31)));
                m.mulsd(X3, X5);
                m.movdqu(X1, X0);
                m.mulsd(X0, X2);
                m.shrl(RDI, Some(imm(30)));
                m.addsd(X1, X3);
                m.mulsd(X3, X2);
                m.addl(RDI, RSI);
                m.xorl(RDI, RSI);
                m.mulsd(X7, X1);
                m.movl(RAX, RDI);
                m.addsd(X7, X3);
                m.movdqu(X2, X0);
                m.addsd(X0, X7);
                m.subsd(X2, X0);
                m.addsd(X7, X2);
                m.movdqu(X1, table(PI32INV_TAN_AT, 0));
                m.movddup(X0, X0);
                m.movdqu(X4, table(SIGN_MASK_TAN_AT, 0));
                m.andpd(X4, X0);
                m.mulpd(X1, X0);
                m.movddup(X7, X7);
                m.movdqu(X5, table(ONEHALF_TAN_AT, 0));
                m.movdqu(X6, table(MUL16_AT, 0));
                m.por(X5, X4);
                m.addpd(X1, X5);
                m.movdqu(X5, X1);
                m.unpckhpd(X5, X5);
                m.cvttsd2sil(RDX, X5);
                m.cvttpd2dq(X1, X1);
                m.cvtdq2pd(X1, X1);
                m.mulpd(X1, X6);
                m.movdqu(X3, table(P_1_TAN_AT, 0));
                m.movq(X5, table(QQ_2_TAN_AT, 0));
                m.shll(RAX, Some(imm(4)));
                m.addl(RDX, imm(469248));
                m.movdqu(X4, table(P_2_TAN_AT, 0));
                m.mulpd(X3, X1);
                m.addl(RDX, RAX);
                m.andl(RDX, imm(31));
                m.mulsd(X5, X1);
                m.movl(RCX, RDX);
                m.mulpd(X4, X1);
                m.shll(RCX, Some(imm(1)));
                m.subpd(X0, X3);
                m.mulpd(X1, table(P_3_TAN_AT, 0));
                m.addl(RDX, RCX);
                m.shll(RCX, Some(imm(2)));
                m.addl(RDX, RCX);
                m.addsd(X5, X0);
                m.movdqu(X2, X0);
                m.subpd(X0, X4);
                m.movq(X6, table(ONE_TAN_AT, 0));
                m.shll(RDX, Some(imm(4)));
                m.lea(RAX, table(CTABLE_TAN_AT, 0));
                m.andpd(X5, table(MASK_35_TAN_AT, 0));
                m.movdqu(X3, X0);
                m.addq(RAX, RDX);
                m.subpd(X2, X0);
                m.unpckhpd(X0, X0);
                m.divsd(X6, X5);
                m.subpd(X2, X4);
                m.subsd(X3, X5);
                m.subpd(X2, X1);
                m.movdqu(X1, at(RAX, 48));
                m.addpd(X2, X7);
                m.movdqu(X7, at(RAX, 16));
                m.mulpd(X7, X0);
                m.movdqu(X4, at(RAX, 96));
                m.mulpd(X1, X0);
                m.mulpd(X4, X0);
                m.addsd(X2, X3);
                m.movdqu(X3, X0);
                m.mulpd(X0, X0);
                m.addpd(X7, at(RAX, 0));
                m.addpd(X1, at(RAX, 32));
                m.mulpd(X1, X0);
                m.addpd(X4, at(RAX, 80));
                m.addpd(X7, X1);
                m.movdqu(X1, at(RAX, 112));
                m.mulpd(X1, X0);
                m.mulpd(X0, X0);
                m.addpd(X4, X1);
                m.movdqu(X1, at(RAX, 64));
                m.mulpd(X1, X0);
                m.addpd(X7, X1);
                m.movdqu(X1, X3);
                m.mulpd(X3, X0);
                m.mulsd(X0, X0);
                m.mulpd(X1, at(RAX, 144));
                m.mulpd(X4, X3);
                m.movdqu(X3, X1);
                m.addpd(X7, X4);
                m.movdqu(X4, X1);
                m.mulsd(X0, X7);
                m.unpckhpd(X7, X7);
                m.addsd(X0, X7);
                m.unpckhpd(X1, X1);
                m.addsd(X3, X1);
                m.subsd(X4, X3);
                m.addsd(X1, X4);
                m.movdqu(X4, X2);
                m.movq(X7, at(RAX, 144));
                m.unpckhpd(X2, X2);
                m.addsd(X7, at(RAX, 152));
                m.mulsd(X7, X2);
                m.addsd(X7, at(RAX, 136));
                m.addsd(X7, X1);
                m.addsd(X0, X7);
                m.movq(X7, table(ONE_TAN_AT, 0));
                m.mulsd(X4, X6);
                m.movq(X2, at(RAX, 168));
                m.andpd(X2, X6);
                m.mulsd(X5, X2);
                m.mulsd(X6, at(RAX, 160));
                m.subsd(X7, X5);
                m.subsd(X2, at(RAX, 128));
                m.subsd(X7, X4);
                m.mulsd(X7, X6);
                m.movdqu(X4, X3);
                m.subsd(X3, X2);
                m.addsd(X2, X3);
                m.subsd(X4, X2);
                m.addsd(X0, X4);
                m.subsd(X0, X7);
                m.addsd(X0, X3);
                block = 17;
            }
            10 => {
                m.addl(RDX, imm(64));
                m.movq(R9, R10);
                m.movq(R10, R8);
                m.movl(R8, imm(0));
                m.cmpq(R9, imm(0));
                if m.cc(Cc::NotEqual) {
                    block = 8;
                    continue;
                }
                m.addl(RDX, imm(64));
                m.movq(R9, R10);
                m.movq(R10, R8);
                m.cmpq(R9, imm(0));
                if m.cc(Cc::NotEqual) {
                    block = 8;
                    continue;
                }
                block = 9;
            }
            11 => {
                if m.cc(Cc::Equal) {
                    block = 9;
                    continue;
                }
                m.negl(RCX);
                m.shrq(R10, None);
                m.movq(RAX, R9);
                m.shrq(R9, None);
                m.subl(RDX, RCX);
                m.negl(RCX);
                m.addl(RCX, imm(64));
                m.shlq(RAX, None);
                m.orq(R10, RAX);
                block = 9;
            }
            12 => {
                m.notl(RCX);
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                m.shlq(R9, None);
                m.movq(RDI, R9);
                m.testl(R9, imm(-2147483648));
                if m.cc(Cc::NotEqual) {
                    block = 14;
                    continue;
                }
                m.shrl(R9, None);
                m.movl(RBX, imm(0));
                m.shrq(RDI, Some(imm(2)));
                block = 7;
            }
            13 => {
                m.shrl(R9, None);
                m.movl(RBX, imm(1073741824));
                m.shrl(RBX, None);
                m.shlq(R9, Some(imm(32)));
                m.orq(R9, R11);
                m.shlq(RBX, Some(imm(32)));
                m.addl(RDI, imm(1073741824));
                m.movl(RCX, imm(0));
                m.movl(R11, imm(0));
                m.subq(RCX, R8);
                m.sbbq(R11, R10);
                m.sbbq(RBX, R9);
                m.movq(R8, RCX);
                m.movq(R10, R11);
                m.movq(R9, RBX);
                m.movl(RBX, imm(32768));
                block = 6;
            }
            14 => {
                m.shrl(R9, None);
                m.mov64(RBX, imm(4294967296));
                m.shrq(RBX, None);
                m.movl(RCX, imm(0));
                m.movl(R11, imm(0));
                m.subq(RCX, R8);
                m.sbbq(R11, R10);
                m.sbbq(RBX, R9);
                m.movq(R8, RCX);
                m.movq(R10, R11);
                m.movq(R9, RBX);
                m.movl(RBX, imm(32768));
                m.shrq(RDI, Some(imm(2)));
                m.addl(RDI, imm(1073741824));
                block = 7;
            }
            15 => {
                m.movq(X0, at(RSP, 8));
                m.mulsd(X0, table(NEG_ZERO_TAN_AT, 0));
                m.movq(at(RSP, 0), X0);
                block = 16;
            }
            16 => {
                block = 17;
            }
            17 => {
                m.addq(RSP, imm(16));
                m.pop(RBX);
                block = 18;
            }
            _ => break,
        }
    }
    m.result()
}
