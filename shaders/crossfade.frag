// Crossfade between two slide canvases (premultiplied alpha, same layout). `to` is the texture
// being drawn; `progress` runs 0..1 linearly and is eased here with smoothstep.
uniform sampler2D from;
uniform sampler2D to;
uniform float progress;

void main() {
    vec2 uv = gl_TexCoord[0].xy;
    float t = smoothstep(0.0, 1.0, clamp(progress, 0.0, 1.0));
    gl_FragColor = gl_Color * mix(texture2D(from, uv), texture2D(to, uv), t);
}
