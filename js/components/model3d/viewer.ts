/**
 * The Model3D viewer: three.js renders a .glb/.gltf/.obj/.stl/.ply model with orbit controls.
 *
 * Why it exists: three.js is several times the eager bundle, and most apps show no 3D model, so
 * this module is a lazy chunk (model3d.ts imports it on first need; scripts/build.mjs splits
 * dynamic imports into dist/chunks/). The camera orbits the model's bounding sphere from
 * `camera_position` (alpha, beta in degrees, radius, as Gradio's), `zoom_speed` and `pan_speed`
 * tune the controls, `clear_color` is the background, `display_mode` draws solid, wireframe or
 * points. It renders only when something changes (no animation loop).
 */

import {
  AmbientLight, Box3, Color, DirectionalLight, Mesh, MeshStandardMaterial, type Object3D, PerspectiveCamera, Points,
  PointsMaterial, Scene, Sphere, Spherical, Vector3, WebGLRenderer, type BufferGeometry, type Material,
} from "three";
import { OrbitControls } from "three/addons/controls/OrbitControls.js";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { OBJLoader } from "three/addons/loaders/OBJLoader.js";
import { PLYLoader } from "three/addons/loaders/PLYLoader.js";
import { STLLoader } from "three/addons/loaders/STLLoader.js";

export interface ViewerOptions {
  clearColor: [number, number, number, number];
  /** alpha, beta (degrees) and radius; null: the default view. */
  camera: [number | null, number | null, number | null];
  zoomSpeed: number;
  panSpeed: number;
  displayMode: "solid" | "wireframe" | "point_cloud";
}

export interface Viewer {
  /** Show the model in `data` (its format from `extension`, e.g. "obj"). */
  load(data: ArrayBuffer, extension: string): Promise<void>;
  /** Back to the starting view. */
  reset(): void;
  resize(): void;
  dispose(): void;
}

const RAD = Math.PI / 180;

async function parse(data: ArrayBuffer, extension: string): Promise<Object3D> {
  switch (extension) {
    case "glb":
    case "gltf":
      return new Promise((resolve, reject) =>
        new GLTFLoader().parse(data, "", (gltf) => resolve(gltf.scene), (err) => reject(err instanceof Error ? err : new Error(String(err)))),
      );
    case "obj":
      return new OBJLoader().parse(new TextDecoder().decode(data));
    case "stl":
      return meshOf(new STLLoader().parse(data));
    case "ply": {
      const geometry = new PLYLoader().parse(data);
      return geometry.index ? meshOf(geometry) : new Points(geometry, new PointsMaterial({ size: 0.01, vertexColors: true }));
    }
    default:
      throw new Error(`.${extension} models cannot be shown here (glb, gltf, obj, stl and ply can).`);
  }
}

function meshOf(geometry: BufferGeometry): Mesh {
  geometry.computeVertexNormals();
  return new Mesh(geometry, new MeshStandardMaterial({ color: 0x9aa5b1, metalness: 0.1, roughness: 0.7 }));
}

function materials(object: Object3D): Material[] {
  const out: Material[] = [];
  object.traverse((child) => {
    if (child instanceof Mesh) out.push(...(Array.isArray(child.material) ? child.material : [child.material]));
  });
  return out;
}

/** Meshes as point clouds (display_mode="point_cloud"). */
function asPoints(object: Object3D): void {
  const meshes: Mesh[] = [];
  object.traverse((child) => {
    if (child instanceof Mesh) meshes.push(child);
  });
  for (const mesh of meshes) {
    const points = new Points(mesh.geometry, new PointsMaterial({ size: 2, sizeAttenuation: false, color: 0x9aa5b1 }));
    points.position.copy(mesh.position);
    mesh.parent?.add(points);
    mesh.parent?.remove(mesh);
  }
}

export function createViewer(canvas: HTMLCanvasElement, options: ViewerOptions): Viewer {
  const renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, preserveDrawingBuffer: true });
  const [r, g, b, a] = options.clearColor;
  renderer.setClearColor(new Color(r, g, b), a);
  renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
  const scene = new Scene();
  scene.add(new AmbientLight(0xffffff, 1.2));
  const sun = new DirectionalLight(0xffffff, 1.5);
  sun.position.set(3, 5, 4);
  scene.add(sun);
  const camera = new PerspectiveCamera(45, 1, 0.01, 1000);
  const controls = new OrbitControls(camera, canvas);
  controls.zoomSpeed = options.zoomSpeed;
  controls.panSpeed = options.panSpeed;
  let model: Object3D | null = null;
  let home = { center: new Vector3(), radius: 1 };
  const draw = (): void => renderer.render(scene, camera);
  controls.addEventListener("change", draw);

  const place = (): void => {
    const [alpha, beta, radius] = options.camera;
    const distance = radius ?? home.radius * 2.5;
    const offset = new Vector3().setFromSpherical(new Spherical(distance, (beta ?? 70) * RAD, (alpha ?? 45) * RAD));
    camera.position.copy(home.center).add(offset);
    camera.near = Math.max(distance / 1000, 0.001);
    camera.far = distance * 100;
    camera.updateProjectionMatrix();
    controls.target.copy(home.center);
    camera.lookAt(home.center);
    controls.update();
    draw();
  };

  const resize = (): void => {
    const width = canvas.clientWidth || 300;
    const height = canvas.clientHeight || 300;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    draw();
  };

  return {
    async load(data, extension) {
      const object = await parse(data, extension);
      if (model) scene.remove(model);
      model = object;
      if (options.displayMode === "wireframe") for (const m of materials(object)) m.wireframe = true;
      if (options.displayMode === "point_cloud") asPoints(object);
      scene.add(object);
      const box = new Box3().setFromObject(object);
      const sphere = box.isEmpty() ? null : box.getBoundingSphere(new Sphere());
      home = { center: sphere ? sphere.center : new Vector3(), radius: sphere && sphere.radius > 0 ? sphere.radius : 1 };
      resize();
      place();
    },
    reset: place,
    resize,
    dispose() {
      controls.dispose();
      renderer.dispose();
    },
  };
}
