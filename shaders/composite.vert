#version 130
// The background half of composite.frag's single pass. The frame is drawn as a coarse grid
// over the target (default view, pixel positions); each vertex reads the small, smooth
// background texture at its screen position and the rasteriser interpolates between vertices.
// The background has no detail finer than hundreds of pixels, so this matches scaling the
// texture up (well under one 8-bit level) while the fragment shader reads no background texel:
// on a software renderer every full-screen texture read costs milliseconds.
uniform sampler2D background; // small, smooth
uniform vec2 resolution;      // target size, px

void main() {
    gl_Position = gl_ModelViewProjectionMatrix * gl_Vertex;
    // Render-texture rows run bottom-up; vertex positions run top-down.
    vec2 uv = vec2(gl_Vertex.x / resolution.x, 1.0 - gl_Vertex.y / resolution.y);
    gl_FrontColor = vec4(textureLod(background, uv, 0.0).rgb, 1.0);
}
