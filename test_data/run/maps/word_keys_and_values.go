// Maps whose key and value are each one machine word take the VM's one-word paths (int, uint64, pointer and
// channel keys; int, float64 and pointer values); keys of eight bytes that are not one word ([8]byte, two
// int32 fields) and narrow values take the general ones. All must behave the same, including growth, deletion,
// re-insertion, updates in place, nil maps and a collection while pointer values are only held by a map.
package main

import (
	"fmt"
	"runtime"
)

type node struct{ id int }

type pair struct{ a, b int32 }

func main() {
	m := map[int]int{}
	for i := -500; i < 1500; i++ {
		m[i*7919] = i
	}
	for i := 0; i < 1000; i += 2 {
		delete(m, i*7919)
	}
	for i := 0; i < 1000; i += 3 {
		m[i*7919] += 1000000
	}
	hits, sum := 0, 0
	for i := -600; i < 1600; i++ {
		if v, ok := m[i*7919]; ok {
			hits++
			sum += v
		}
	}
	fmt.Println("int:", len(m), hits, sum, m[-7919], m[3*7919], m[2*7919])

	u := map[uint64]float64{}
	for i := uint64(0); i < 300; i++ {
		u[i<<40|i] = float64(i) / 4
	}
	fmt.Println("uint64:", len(u), u[5<<40|5], u[299<<40|299], u[7])

	nodes := make([]*node, 50)
	byPtr := map[*node]int{}
	toPtr := map[int]*node{}
	for i := range nodes {
		nodes[i] = &node{i}
		byPtr[nodes[i]] = i * i
		toPtr[i] = &node{-i}
	}
	nodes[3] = nil
	runtime.GC()
	keys := 0
	for p, v := range byPtr {
		if p.id*p.id == v {
			keys++
		}
	}
	fmt.Println("pointers:", len(byPtr), keys, byPtr[nodes[7]], byPtr[&node{7}], toPtr[9].id, toPtr[49].id, toPtr[50] == nil)

	c1, c2 := make(chan int), make(chan int)
	byChan := map[chan int]string{c1: "one"}
	byChan[c2] = "two"
	fmt.Println("chans:", byChan[c1], byChan[c2], len(byChan[nil]))

	arr := map[[8]byte]int{}
	arr[[8]byte{1, 2, 3}] = 5
	arr[[8]byte{1, 2, 3}]++
	pr := map[pair]int{{1, 2}: 3}
	pr[pair{1, 2}] *= 7
	narrow := map[int]int32{1: -5}
	narrow[2] = narrow[1] * 3
	fmt.Println("general:", arr[[8]byte{1, 2, 3}], arr[[8]byte{1, 2}], pr[pair{1, 2}], pr[pair{2, 1}], narrow)

	var nilMap map[int]int
	v, ok := nilMap[4]
	fmt.Println("nil read:", v, ok, len(nilMap))
	ksum, kprod := 0, 1
	for k := range map[int]int{5: 1, -3: 2, 9: 3} {
		ksum += k
		kprod *= k
	}
	fmt.Println("range:", ksum, kprod)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap[4] = 1
}
