/*
 * Sigillo <-> Digital Bazaar interoperability driver, run by credential-verifier's
 * DigitalBazaarInteropTest. Offline: the document loader serves only the contexts packaged in
 * node_modules and those passed on stdin, and resolves did:key verification methods by
 * computation. Nothing is fetched.
 *
 * Usage: node interop.mjs sign|verify  < request.json  > result.json
 *
 * sign request:   {"credential": {...}, "contexts": {url: context}, "cryptosuite": "ecdsa-rdfc-2019"|"eddsa-rdfc-2022",
 *                  "publicKeyMultibase": "z...", "secretKeyMultibase": "z...", "created": "2026-...Z", "now": "2026-...Z"}
 * sign result:    {"credential": {... with proof}}
 * verify request: {"credential": {...}, "contexts": {url: context}, "now": "2026-...Z"}
 * verify result:  {"verified": true|false, "error": "..."}
 *
 * The issuer binding: vc.verifyCredential by default requires the credential's issuer to be the
 * controller of the verification method. A Sigillo credential's issuer is the legal person
 * (https://...), and its proof's verification method is the did:key of the seal certificate's key.
 * As Sigillo's verifier does with its trusted seal certificates, this verifier is configured with
 * who controls which key: it passes vc.verifyCredential a controller document
 * {id: <issuer id>, assertionMethod: [<verification method>]}, i.e. "the issuer asserts with this
 * key". Everything else (signature, canonicalization, purpose, dates) is Digital Bazaar's default.
 * Status lists are not fetched: the checkStatus function vc.verifyCredential requires for a
 * credential with credentialStatus accepts every status (the entries are still signed).
 */
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as ecdsaRdfc2019Cryptosuite} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import {cryptosuite as eddsaRdfc2022Cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';

const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';

function packagedContexts() {
  const map = new Map();
  for(const [url, ctx] of credentialsContexts) {
    map.set(url, ctx);
  }
  for(const [url, ctx] of dataIntegrityContext.contexts) {
    map.set(url, ctx);
  }
  for(const [url, ctx] of multikeyContext.contexts) {
    map.set(url, ctx);
  }
  return map;
}

function keyModule(publicKeyMultibase) {
  return publicKeyMultibase.startsWith('z6Mk') ? Ed25519Multikey : EcdsaMultikey;
}

async function verificationMethodDocument(url) {
  const [did, fragment] = url.split('#');
  const multibase = did.substring('did:key:'.length);
  if(fragment !== undefined && fragment !== multibase) {
    throw new Error(`did:key fragment does not name the key: ${url}`);
  }
  const key = await keyModule(multibase).from({
    '@context': MULTIKEY_V1, type: 'Multikey',
    id: `${did}#${multibase}`, controller: did, publicKeyMultibase: multibase
  });
  const vm = await key.export({publicKey: true, includeContext: true});
  if(fragment === undefined) {
    return {
      '@context': ['https://www.w3.org/ns/did/v1', MULTIKEY_V1],
      id: did, verificationMethod: [vm], assertionMethod: [vm.id], authentication: [vm.id]
    };
  }
  return vm;
}

function documentLoader(extraContexts) {
  const contexts = packagedContexts();
  for(const [url, ctx] of Object.entries(extraContexts || {})) {
    contexts.set(url, ctx);
  }
  return async url => {
    if(contexts.has(url)) {
      return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
    }
    if(url.startsWith('did:key:')) {
      return {contextUrl: null, documentUrl: url, document: await verificationMethodDocument(url)};
    }
    throw new Error(`offline document loader: ${url} is not available`);
  };
}

function cryptosuite(name) {
  if(name === 'ecdsa-rdfc-2019') {
    return ecdsaRdfc2019Cryptosuite;
  }
  if(name === 'eddsa-rdfc-2022') {
    return eddsaRdfc2022Cryptosuite;
  }
  throw new Error(`unsupported cryptosuite ${name}`);
}

async function sign(request) {
  const did = `did:key:${request.publicKeyMultibase}`;
  const keyPair = await keyModule(request.publicKeyMultibase).from({
    '@context': MULTIKEY_V1, type: 'Multikey',
    id: `${did}#${request.publicKeyMultibase}`, controller: did,
    publicKeyMultibase: request.publicKeyMultibase,
    secretKeyMultibase: request.secretKeyMultibase
  });
  const suite = new DataIntegrityProof({
    signer: keyPair.signer(), cryptosuite: cryptosuite(request.cryptosuite), date: request.created
  });
  const credential = await vc.issue({
    credential: request.credential, suite, documentLoader: documentLoader(request.contexts), now: request.now
  });
  return {credential};
}

async function verify(request) {
  const {credential} = request;
  const proofs = Array.isArray(credential.proof) ? credential.proof : [credential.proof];
  const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
  const suite = [
    new DataIntegrityProof({cryptosuite: ecdsaRdfc2019Cryptosuite}),
    new DataIntegrityProof({cryptosuite: eddsaRdfc2022Cryptosuite})
  ];
  const result = await vc.verifyCredential({
    credential, suite, documentLoader: documentLoader(request.contexts), now: request.now,
    controller: {id: issuerId, assertionMethod: proofs.map(p => p && p.verificationMethod)},
    // vc.verifyCredential insists on a status checker when credentialStatus is present; this
    // driver checks proofs only (status lists are Sigillo's STATUS check), so it reports none
    checkStatus: async () => ({verified: true})
  });
  const errors = [];
  if(result.error) {
    errors.push(String(result.error.message || result.error));
    for(const e of result.error.errors || []) {
      errors.push(String(e.message || e));
    }
  }
  for(const r of result.results || []) {
    if(r.error) {
      errors.push(String(r.error.message || r.error));
    }
  }
  return {verified: result.verified === true, error: errors.join('; ')};
}

async function main() {
  const command = process.argv[2];
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  let result;
  if(command === 'sign') {
    result = await sign(request);
  } else if(command === 'verify') {
    result = await verify(request);
  } else {
    throw new Error('usage: node interop.mjs sign|verify < request.json');
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch(e => {
  process.stderr.write(`interop.mjs failed: ${e && e.stack || e}\n`);
  process.exit(2);
});
