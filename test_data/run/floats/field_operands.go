// float64 fields reached through pointers as operands of + - * and of += -= (one instruction with the load or
// the read-modify-write): each operand order, *p, embedded and nested fields, float32 and register-held structs
// (not folded), and NaN/Inf/-0 values.
package main

import (
	"fmt"
	"math"
)

type vec struct{ x, y, z float64 }

type body struct {
	name string
	pos  vec
	vel  vec
	mass float64
	f32  float32
}

type wrapper struct {
	*body
	k float64
}

func main() {
	bs := []body{{name: "a", pos: vec{1, 2, 3}, vel: vec{0.5, -1, 2}, mass: 3}, {name: "b", mass: 5, f32: 1.5}}
	a, b := &bs[0], &bs[1]
	dt := 0.25
	for step := 0; step < 3; step++ {
		dx := a.pos.x - b.pos.x
		m := a.mass * dt
		n := dt * b.mass
		a.vel.x -= dx * n
		b.vel.x += dx * m
		a.pos.x += dt * a.vel.x
		b.pos.y -= b.vel.x * dt
		fmt.Println(step, dx, m, n, a.vel, b.vel, a.pos, b.pos)
	}
	p := &bs[0].mass
	*p += 0.5
	q := *p * 2
	r := 1 - *p
	fmt.Println(*p, q, r)

	w := wrapper{body: b, k: 2}
	w.mass -= w.k
	w.pos.z += w.mass * w.k
	fmt.Println(w.mass, w.pos, b.mass)

	b.f32 += 0.1 // float32: rounded, not folded
	fmt.Println(b.f32, b.f32*3)
	v := vec{1, 2, 3} // in registers
	v.x += v.y * 2
	fmt.Println(v, v.x-v.z)

	sp := &vec{math.Inf(1), math.NaN(), math.Copysign(0, -1)}
	sp.x -= math.Inf(1)
	sp.z += 0
	fmt.Println(sp.x, sp.y*0, sp.z, 1/sp.z, sp.y+1 == sp.y)

	var nilBody *body
	defer func() {
		fmt.Println("recovered:", recover())
		var np *vec
		fmt.Println(2 - np.y)
	}()
	nilBody.vel.y += dt
}
