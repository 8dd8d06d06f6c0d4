/**
 * The part of three.js (and its loaders and orbit controls) the Model3D viewer uses, typed by
 * hand: the npm package ships no types and @types/three pulls in a dozen packages for thousands
 * of declarations the viewer never touches. Only viewer.ts imports these modules.
 */

declare module "three" {
  export class Vector3 {
    constructor(x?: number, y?: number, z?: number);
    x: number;
    y: number;
    z: number;
    set(x: number, y: number, z: number): this;
    copy(v: Vector3): this;
    add(v: Vector3): this;
    setFromSpherical(s: Spherical): this;
  }
  export class Spherical {
    constructor(radius?: number, phi?: number, theta?: number);
  }
  export class Color {
    constructor(r: number, g: number, b: number);
  }
  export class Sphere {
    center: Vector3;
    radius: number;
  }
  export class Box3 {
    setFromObject(object: Object3D): this;
    isEmpty(): boolean;
    getBoundingSphere(target: Sphere): Sphere;
  }
  export class BufferGeometry {
    index: unknown;
    computeVertexNormals(): void;
    dispose(): void;
  }
  export class Material {
    dispose(): void;
    wireframe?: boolean;
  }
  export class MeshStandardMaterial extends Material {
    constructor(options?: { color?: number; metalness?: number; roughness?: number; vertexColors?: boolean; wireframe?: boolean });
  }
  export class PointsMaterial extends Material {
    constructor(options?: { size?: number; color?: number; vertexColors?: boolean; sizeAttenuation?: boolean });
  }
  export class Object3D {
    children: Object3D[];
    parent: Object3D | null;
    position: Vector3;
    add(...objects: Object3D[]): this;
    remove(...objects: Object3D[]): this;
    traverse(fn: (object: Object3D) => void): void;
  }
  export class Group extends Object3D {}
  export class Mesh extends Object3D {
    constructor(geometry?: BufferGeometry, material?: Material | Material[]);
    isMesh: true;
    geometry: BufferGeometry;
    material: Material | Material[];
  }
  export class Points extends Object3D {
    constructor(geometry?: BufferGeometry, material?: Material);
    geometry: BufferGeometry;
  }
  export class Scene extends Object3D {}
  export class Light extends Object3D {}
  export class AmbientLight extends Light {
    constructor(color?: number, intensity?: number);
  }
  export class DirectionalLight extends Light {
    constructor(color?: number, intensity?: number);
  }
  export class PerspectiveCamera extends Object3D {
    constructor(fov?: number, aspect?: number, near?: number, far?: number);
    aspect: number;
    near: number;
    far: number;
    updateProjectionMatrix(): void;
    lookAt(v: Vector3): void;
  }
  export class WebGLRenderer {
    constructor(options?: { canvas?: HTMLCanvasElement; antialias?: boolean; alpha?: boolean; preserveDrawingBuffer?: boolean });
    setClearColor(color: Color, alpha?: number): void;
    setPixelRatio(ratio: number): void;
    setSize(width: number, height: number, updateStyle?: boolean): void;
    render(scene: Scene, camera: PerspectiveCamera): void;
    dispose(): void;
  }
}

declare module "three/addons/controls/OrbitControls.js" {
  import type { PerspectiveCamera, Vector3 } from "three";
  export class OrbitControls {
    constructor(camera: PerspectiveCamera, element: HTMLElement);
    target: Vector3;
    zoomSpeed: number;
    panSpeed: number;
    update(): boolean;
    addEventListener(type: "change", listener: () => void): void;
    dispose(): void;
  }
}

declare module "three/addons/loaders/GLTFLoader.js" {
  import type { Group } from "three";
  export class GLTFLoader {
    parse(data: ArrayBuffer | string, path: string, onLoad: (gltf: { scene: Group }) => void, onError: (error: unknown) => void): void;
  }
}

declare module "three/addons/loaders/OBJLoader.js" {
  import type { Group } from "three";
  export class OBJLoader {
    parse(text: string): Group;
  }
}

declare module "three/addons/loaders/STLLoader.js" {
  import type { BufferGeometry } from "three";
  export class STLLoader {
    parse(data: ArrayBuffer | string): BufferGeometry;
  }
}

declare module "three/addons/loaders/PLYLoader.js" {
  import type { BufferGeometry } from "three";
  export class PLYLoader {
    parse(data: ArrayBuffer | string): BufferGeometry;
  }
}
