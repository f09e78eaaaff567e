// Lantern's calm background: soft pools of light and shade drifting around the slide's base
// colour. Periods are minutes long, so the picture is still at a glance and moves about a pixel
// per frame at 5 fps on a 1080p screen. Rendered at a fraction of the screen's size and scaled
// up smoothly, so it must contain no fine detail.
uniform vec3 base;       // Scene::background, 0..1
uniform float time;      // seconds
uniform vec2 resolution; // size of the texture being shaded, px

float pool(vec2 p, vec2 centre, float radius) {
    vec2 d = p - centre;
    return exp(-dot(d, d) / (radius * radius));
}

void main() {
    vec2 uv = gl_FragCoord.xy / resolution;
    float aspect = resolution.x / resolution.y;
    vec2 p = vec2(uv.x * aspect, uv.y);
    float t = time;
    vec2 c1 = vec2(aspect * (0.25 + 0.15 * sin(t * 0.031)), 0.70 + 0.12 * cos(t * 0.023));
    vec2 c2 = vec2(aspect * (0.75 + 0.12 * cos(t * 0.027 + 1.3)),
                   0.30 + 0.15 * sin(t * 0.019 + 0.7));
    vec2 c3 = vec2(aspect * (0.50 + 0.25 * sin(t * 0.017 + 2.1)),
                   0.50 + 0.20 * cos(t * 0.029 + 2.9));
    float light = 0.09 * pool(p, c1, 0.55) + 0.05 * pool(p, c3, 0.40);
    float shade = 0.10 * pool(p, c2, 0.60);
    float gradient = 0.06 * (uv.y - 0.5);
    vec3 warm = vec3(1.0, 0.97, 0.92);
    vec3 colour = base * (1.0 + gradient - shade) + (warm - base) * light;
    gl_FragColor = vec4(clamp(colour, 0.0, 1.0), 1.0);
}
